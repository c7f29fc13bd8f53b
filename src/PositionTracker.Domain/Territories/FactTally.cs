using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Territories;

/// <summary>
/// The rows in force of one fact on one date as reported (for a referendum, with one result), counted by the store: how
/// many and from which outlets. The rows themselves are read apart, and only for the facts an answer shows.
/// </summary>
public sealed record FactTally(string Territory, string Kind, string Fact, string Reported, string Detail, int Reports,
    IReadOnlyList<string> Outlets)
{
    public PartialDate Date => PartialDate.Parse(Reported);

    /// <param name="sample">The tally's first rows in source order; none when the answer does not show its fact.</param>
    public Tally ToTally(IReadOnlyList<FactRecord> sample) => new(Date, Reports, Outlets, sample.Select(r => r.AsSource()).ToList(),
        Detail == "" ? [] : sample.Take(1).Select(r => r.AsSource()).ToList());

    /// <summary>The territory's facts these tallies make, each with the sample <paramref name="sampleOf"/> gives; none without tallies.</summary>
    public static TerritoryFacts? Facts(string territory, IReadOnlyList<FactTally> tallies,
        Func<FactTally, IReadOnlyList<FactRecord>> sampleOf, int sample) => tallies.Count == 0
        ? null
        : TerritoryFacts.Of(territory,
            tallies.Where(t => t.Kind == FactKind.Annexation).Select(t => (Split(t.Fact), t.ToTally(sampleOf(t)))),
            tallies.Where(t => t.Kind == FactKind.Referendum).Select(t => t.ToTally(sampleOf(t))),
            tallies.Where(t => t.Kind == FactKind.Control).Select(t => (ControlKey(t.Fact), t.ToTally(sampleOf(t)))), sample);

    /// <summary>
    /// The tallies whose rows make these facts. The reports of one fact all agree with its date (the most precise they
    /// give): those are among the tallies of its kind and fact that agree with it, and a day's control report, say, leaves
    /// out every other day of that year.
    /// </summary>
    public static IReadOnlyList<FactTally> Making(TerritoryFacts facts, IEnumerable<FactTally> tallies)
    {
        var made = facts.Annexations.Select(a => (Kind: FactKind.Annexation, Fact: FactRecord.FactOf(a.By, a.From), a.Date))
            .Concat(facts.Referendums.Select(r => (Kind: FactKind.Referendum, Fact: "", r.Date)))
            .Concat(facts.Control.Select(c => (Kind: FactKind.Control, Fact: FactRecord.FactOf(c.Controller, c.Extent), c.Date)))
            .ToLookup(m => (m.Kind, m.Fact, m.Date.Year), m => m.Date);
        return tallies.Where(t => t.Date is var date && made[(t.Kind, t.Fact, date.Year)].Any(date.AgreesWith)).ToList();
    }

    private static (string, ControlExtent) ControlKey(string fact)
    {
        var (controller, extent) = Split(fact);
        return (controller, Enum.Parse<ControlExtent>(extent));
    }

    private static (string, string) Split(string fact) => fact.Split('>') is [var first, var second]
        ? (first, second)
        : throw new FormatException($"a fact row's key '{fact}' is not two parts");
}
