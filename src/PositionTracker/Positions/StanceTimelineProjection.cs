using JasperFx.Events;
using Marten.Events.Projections;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;

namespace PositionTracker.Positions;

public sealed class StanceTimelineProjection : MultiStreamProjection<StanceTimeline, string>
{
    public StanceTimelineProjection()
    {
        Identity<StatementMade>(s => StanceTimeline.KeyOf(s.Actor, s.Territory));
        Identities<ArticleReextracted>(e => e.Timelines);
    }

    public override StanceTimeline? Evolve(StanceTimeline? snapshot, string id, IEvent e) => e.Data switch
    {
        StatementMade s => (snapshot ?? StanceTimeline.Empty(s.Actor, s.Territory)).Record(s),
        ArticleReextracted r when snapshot is not null => snapshot.Without(r.ArticleId, r.Superseded) is { Entries.Count: > 0 } kept ? kept : null,
        _ => snapshot,
    };
}
