using JasperFx.Events;
using Marten.Events.Projections;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Talks;

namespace PositionTracker.Talks;

public sealed class TalksLogProjection : MultiStreamProjection<TalksLog, string>
{
    public TalksLogProjection()
    {
        Identity<TalksHeld>(e => TalksLog.KeyOf(e.Parties));
        Identities<ArticleReextracted>(e => e.Talks ?? []);
    }

    public override TalksLog? Evolve(TalksLog? snapshot, string id, IEvent e) => e.Data switch
    {
        TalksHeld talks => (snapshot ?? TalksLog.Empty(talks.Parties)).Record(talks, e.Id),
        ArticleReextracted r when snapshot is not null => snapshot.Without(r.ArticleId, r.Superseded) is { Meetings.Count: > 0 } kept ? kept : null,
        _ => snapshot,
    };
}
