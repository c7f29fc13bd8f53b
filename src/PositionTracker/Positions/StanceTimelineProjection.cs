using JasperFx.Events;
using Marten.Events.Projections;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;

namespace PositionTracker.Positions;

public sealed class StanceTimelineProjection : MultiStreamProjection<StanceTimeline, string>
{
    public StanceTimelineProjection() => Identity<StatementMade>(s => StanceTimeline.KeyOf(s.Actor, s.Territory));

    public override StanceTimeline? Evolve(StanceTimeline? snapshot, string id, IEvent e) => e.Data switch
    {
        StatementMade s => (snapshot ?? StanceTimeline.Empty(s.Actor, s.Territory)).Record(s),
        _ => snapshot,
    };
}
