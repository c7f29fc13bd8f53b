using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Positions;

/// <summary>A territory's facts as an answer on a date shows them, counting only the control reports that can be shown.</summary>
public sealed partial class Knowledge
{
    /// <summary>
    /// The fact rows an answer on a date needs counted: every annexation and referendum, and of control only each
    /// controller's reports of that year and of its latest year before. Reports of one fact never span two years, so a
    /// controller's latest fact by the date lies in one of those two; the rest, dated by the day, grow with the store.
    /// Parameters: the territory, the date's year (as the reported dates begin), the territory, that year, the moment twice.
    /// </summary>
    private static readonly string ShownOnWhere = $$"""
        d.territory = ? and (d.kind <> '{{FactKind.Control}}' or left(d.reported, 4) = ?
          or (split_part(d.fact, '>', 1), left(d.reported, 4)) in (
            select split_part(c.fact, '>', 1), max(left(c.reported, 4)) from {{Setup.Schema}}.mt_doc_factrecord as c
            where c.territory = ? and c.kind = '{{FactKind.Control}}' and c.reported < ?
              and c.recorded_at <= ? and (c.superseded_at is null or c.superseded_at > ?)
            group by 1))
        """;

    /// <summary>
    /// What an answer on the date shows (<see cref="TerritoryFacts.On"/>), as <see cref="FactsAsync"/> would give it: every
    /// annexation and referendum is counted, but only the rows of the facts shown are read, such as the latest control by
    /// each controller.
    /// </summary>
    public async Task<TerritoryFacts?> FactsOnAsync(string territory, DateOnly on, CancellationToken token)
    {
        var year = on.Year.ToString("D4");
        var at = _knownAt ?? DateTimeOffset.MaxValue;
        var tallies = await TalliesAsync(ShownOnWhere, territory, token, year, territory, year, at, at);
        // A territory whose only facts are later control reports has facts, none of them shown yet.
        if (tallies.Count == 0) tallies = await TalliesAsync("d.territory = ?", territory, token);
        var shown = FactTally.Facts(territory, tallies, _ => [], TerritoryFacts.SampleSize)?.On(on);
        if (shown is null) return null;
        var samples = await SamplesAsync(FactTally.Making(shown, tallies), TerritoryFacts.SampleSize, token);
        return FactTally.Facts(territory, tallies, samples, TerritoryFacts.SampleSize)!.On(on);
    }
}
