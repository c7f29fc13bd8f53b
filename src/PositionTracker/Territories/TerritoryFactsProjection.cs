using JasperFx.Events;
using Marten.Events.Projections;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Territories;

public sealed class TerritoryFactsProjection : MultiStreamProjection<TerritoryFacts, string>
{
    public TerritoryFactsProjection()
    {
        Identity<TerritoryAnnexed>(e => e.Territory);
        Identity<ReferendumHeld>(e => e.Territory);
        Identity<ControlReported>(e => e.Territory);
        Identity<StatementMade>(e => e.Territory);
        Identities<ArticleReextracted>(e => e.Territories);
        Identity<StatementCorrected>(e => e.Amended?.Territory ?? e.Replaced.Territory);
    }

    public override TerritoryFacts? Evolve(TerritoryFacts? snapshot, string id, IEvent e)
    {
        var facts = snapshot ?? TerritoryFacts.Empty(id);
        return e.Data switch
        {
            TerritoryAnnexed annexed => facts.Record(annexed, e.Id),
            ReferendumHeld referendum => facts.Record(referendum, e.Id),
            ControlReported control => facts.Record(control, e.Id),
            StatementMade statement => facts.Record(statement),
            ArticleReextracted reextracted when snapshot is not null => facts.Without(reextracted.ArticleId, reextracted.Superseded),
            StatementCorrected { Amended: { } amended } => facts.Record(amended),
            _ => snapshot,
        };
    }
}
