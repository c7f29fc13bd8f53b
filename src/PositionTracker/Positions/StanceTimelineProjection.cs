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
        Identities<StatementCorrected>(Keys);
    }

    public override StanceTimeline? Evolve(StanceTimeline? snapshot, string id, IEvent e) => e.Data switch
    {
        StatementMade s => (snapshot ?? StanceTimeline.Empty(s.Actor, s.Territory)).Record(s, e.Id),
        ArticleReextracted r when snapshot is not null => NullIfEmpty(snapshot.Without(r.ArticleId, r.Superseded)),
        StatementCorrected c => NullIfEmpty((snapshot ?? StanceTimeline.FromKey(id)).Correct(c)),
        _ => snapshot,
    };

    private static IReadOnlyList<string> Keys(StatementCorrected c) =>
        new[] { c.Replaced, c.Amended }.OfType<StatementMade>().Select(s => StanceTimeline.KeyOf(s.Actor, s.Territory)).Distinct().ToList();

    private static StanceTimeline? NullIfEmpty(StanceTimeline timeline) => timeline.Entries.Count > 0 ? timeline : null;
}
