using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Territories;

/// <param name="Reports">How many reports give this fact; <paramref name="Sources"/> may hold only the first of them.</param>
/// <param name="Outlets">How many outlets reported it independently.</param>
public sealed record Annexation(string By, string From, PartialDate Date, int Reports, int Outlets, IReadOnlyList<Source> Sources);

/// <param name="Results">The results the reports give, in the order of the first report of each.</param>
public sealed record Referendum(PartialDate Date, int Reports, int Outlets, IReadOnlyList<Source> Sources, IReadOnlyList<string> Results);

public sealed record Control(string Controller, ControlExtent Extent, PartialDate Date, int Reports, int Outlets, IReadOnlyList<Source> Sources);

/// <summary>
/// What is known to have happened to one territory. Not stored: answers build it from the fact rows
/// (<see cref="FactRecord"/>), counted by fact in the database, so that it never holds more than a sample of
/// each fact's reports however many articles report it. <see cref="Record(TerritoryAnnexed, Guid?)"/> and its
/// siblings fold events one by one, keeping every source: the reference the rows' answer is held to.
/// </summary>
public sealed record TerritoryFacts(
    string Id,
    IReadOnlyList<Annexation> Annexations,
    IReadOnlyList<Referendum> Referendums,
    IReadOnlyList<Control> Control)
{
    /// <summary>The sources an answer names per fact: see <see cref="Corroboration.SampleSize"/>.</summary>
    public const int SampleSize = Corroboration.SampleSize;

    public static TerritoryFacts Empty(string territory) => new(territory, [], [], []);

    public IEnumerable<Annexation> AnnexationsBy(DateOnly on) => Annexations.Where(a => a.Date.Start <= on);

    /// <summary>
    /// The <paramref name="count"/> most reported of these annexations (more outlets, then the earlier, among equals), in
    /// the order given. A misdated report makes an annexation of its own, so their number grows with the store.
    /// </summary>
    public static IReadOnlyList<Annexation> MostReported(IReadOnlyList<Annexation> annexations, int count)
    {
        var kept = annexations.Select((a, i) => (a, i))
            .OrderByDescending(x => x.a.Reports).ThenByDescending(x => x.a.Outlets).ThenBy(x => x.a.Date)
            .ThenBy(x => AnnexationOrder((x.a.By, x.a.From)), StringComparer.Ordinal)
            .Take(count).Select(x => x.i).ToHashSet();
        return annexations.Where((_, i) => kept.Contains(i)).ToList();
    }

    public IEnumerable<Referendum> ReferendumsBy(DateOnly on) => Referendums.Where(r => r.Date.Start <= on);

    /// <summary>Each controller's most recent reported extent on or before the date (all of them, if reports that day disagree).</summary>
    public IEnumerable<Control> ControlOn(DateOnly on) => Control
        .Where(c => c.Date.Start <= on)
        .GroupBy(c => c.Controller)
        .SelectMany(g => g.Max(c => c.Date) is var latest ? g.Where(c => c.Date == latest) : [])
        .OrderBy(c => c.Controller, StringComparer.Ordinal);

    /// <summary>What an answer on the date shows: the annexations and referendums by then, and the control on the day.</summary>
    public TerritoryFacts On(DateOnly on) => this with
    {
        Annexations = AnnexationsBy(on).ToList(), Referendums = ReferendumsBy(on).ToList(), Control = ControlOn(on).ToList(),
    };

    /// <summary>A territory's facts from reports already counted by fact and date, each fact keeping a sample of its sources.</summary>
    public static TerritoryFacts Of(string territory, IEnumerable<((string By, string From) Key, Tally Tally)> annexations,
        IEnumerable<Tally> referendums, IEnumerable<((string Controller, ControlExtent Extent) Key, Tally Tally)> control,
        int sample = SampleSize) =>
        new(territory,
            AnnexationsOf(Corroboration.Merge(annexations, AnnexationOrder, sample)),
            ReferendumsOf(Corroboration.Merge(referendums.Select(t => (0, t)), _ => "", sample)),
            ControlsOf(Corroboration.Merge(control, ControlOrder, sample)));

    /// <summary>The same facts with at most <paramref name="sample"/> sources each, as an answer carries them.</summary>
    public TerritoryFacts Sampled(int sample) => this with
    {
        Annexations = Annexations.Select(a => a with { Sources = a.Sources.Take(sample).ToList() }).ToList(),
        Referendums = Referendums.Select(r => r with { Sources = r.Sources.Take(sample).ToList() }).ToList(),
        Control = Control.Select(c => c with { Sources = c.Sources.Take(sample).ToList() }).ToList(),
    };

    public TerritoryFacts Record(TerritoryAnnexed e, Guid? eventId = null) => this with
    {
        Annexations = Regroup(Annexations.SelectMany(a => a.Sources.Select(s => ((a.By, a.From), s))).Append(((e.By, e.From), Source.Of(e, eventId: eventId)))),
    };

    public TerritoryFacts Record(ReferendumHeld e, Guid? eventId = null) => this with
    {
        Referendums = Regroup(Referendums.SelectMany(r => r.Sources.Select(s => (0, s))).Append((0, Source.Of(e, e.Result, eventId)))),
    };

    public TerritoryFacts Record(ControlReported e, Guid? eventId = null) => this with
    {
        Control = Regroup(Control.SelectMany(c => c.Sources.Select(s => ((c.Controller, c.Extent), s))).Append(((e.Controller, e.Extent), Source.Of(e, eventId: eventId)))),
    };

    /// <summary>Sets aside what one article's superseded derivation contributed.</summary>
    public TerritoryFacts Without(Guid article, string? derivedBy)
    {
        bool Kept(Source s) => !s.From(article, derivedBy);
        return this with
        {
            Annexations = Regroup(Annexations.SelectMany(a => a.Sources.Where(Kept).Select(s => ((a.By, a.From), s)))),
            Referendums = Regroup(Referendums.SelectMany(r => r.Sources.Where(Kept).Select(s => (0, s)))),
            Control = Regroup(Control.SelectMany(c => c.Sources.Where(Kept).Select(s => ((c.Controller, c.Extent), s)))),
        };
    }

    private static string AnnexationOrder((string By, string From) k) => $"{k.By}>{k.From}";

    private static string ControlOrder((string Controller, ControlExtent Extent) k) => $"{k.Controller}>{k.Extent}";

    private static IReadOnlyList<Annexation> Regroup(IEnumerable<((string By, string From) Key, Source Source)> reports) =>
        AnnexationsOf(Corroboration.Regroup(reports, AnnexationOrder));

    private static IReadOnlyList<Referendum> Regroup(IEnumerable<(int Key, Source Source)> reports) =>
        ReferendumsOf(Corroboration.Regroup(reports, _ => ""));

    private static IReadOnlyList<Control> Regroup(IEnumerable<((string Controller, ControlExtent Extent) Key, Source Source)> reports) =>
        ControlsOf(Corroboration.Regroup(reports, ControlOrder));

    private static IReadOnlyList<Annexation> AnnexationsOf(IEnumerable<Corroboration.Group<(string By, string From)>> groups) =>
        groups.Select(g => new Annexation(g.Key.By, g.Key.From, g.Date, g.Reports, g.Outlets, g.Sources)).ToList();

    private static IReadOnlyList<Referendum> ReferendumsOf(IEnumerable<Corroboration.Group<int>> groups) =>
        groups.Select(g => new Referendum(g.Date, g.Reports, g.Outlets, g.Sources, g.Details)).ToList();

    private static IReadOnlyList<Control> ControlsOf(IEnumerable<Corroboration.Group<(string Controller, ControlExtent Extent)>> groups) =>
        groups.Select(g => new Control(g.Key.Controller, g.Key.Extent, g.Date, g.Reports, g.Outlets, g.Sources)).ToList();
}
