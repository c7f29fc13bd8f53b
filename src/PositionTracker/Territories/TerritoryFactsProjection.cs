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
        Identities<StatementCorrected>(Territories);
    }

    public override TerritoryFacts? Evolve(TerritoryFacts? snapshot, string id, IEvent e)
    {
        var facts = snapshot ?? TerritoryFacts.Empty(id);
        return e.Data switch
        {
            TerritoryAnnexed annexed => facts.Record(annexed, e.Id),
            ReferendumHeld referendum => facts.Record(referendum, e.Id),
            ControlReported control => facts.Record(control, e.Id),
            StatementMade statement => facts.Record(statement, e.Id),
            ArticleReextracted reextracted when snapshot is not null => facts.Without(reextracted.ArticleId, reextracted.Superseded),
            StatementCorrected correction => facts.Correct(correction),
            _ => snapshot,
        };
    }

    private static IReadOnlyList<string> Territories(StatementCorrected c) =>
        new[] { c.Replaced, c.Amended }.OfType<StatementMade>().Select(s => s.Territory).Distinct().ToList();
}
