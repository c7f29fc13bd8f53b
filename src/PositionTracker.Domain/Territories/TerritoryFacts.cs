using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Territories;

public sealed record Annexation(string By, string From, PartialDate Date, IReadOnlyList<Source> Sources);

public sealed record Referendum(PartialDate Date, IReadOnlyList<Source> Sources)
{
    public IReadOnlyList<string> Results => Sources.Select(s => s.Detail).OfType<string>().Distinct().ToList();
}

public sealed record Control(string Controller, ControlExtent Extent, PartialDate Date, IReadOnlyList<Source> Sources);

/// <summary>
/// What is known to have happened to one territory, and which actors have stated a stance on it. The statements
/// themselves are rows of their own (<see cref="Positions.StatementRecord"/>), so this document does not grow with them.
/// </summary>
/// <param name="Actors">Every actor ever recorded stating a stance here; a retraction leaves its actor listed, with nothing in force.</param>
public sealed record TerritoryFacts(
    string Id,
    IReadOnlyList<Annexation> Annexations,
    IReadOnlyList<Referendum> Referendums,
    IReadOnlyList<Control> Control,
    IReadOnlyList<string> Actors)
{
    public static TerritoryFacts Empty(string territory) => new(territory, [], [], [], []);

    public IEnumerable<Annexation> AnnexationsBy(DateOnly on) => Annexations.Where(a => a.Date.Start <= on);

    public IEnumerable<Referendum> ReferendumsBy(DateOnly on) => Referendums.Where(r => r.Date.Start <= on);

    /// <summary>Each controller's most recent reported extent on or before the date (all of them, if reports that day disagree).</summary>
    public IEnumerable<Control> ControlOn(DateOnly on) => Control
        .Where(c => c.Date.Start <= on)
        .GroupBy(c => c.Controller)
        .SelectMany(g => g.Where(c => c.Date == g.Max(x => x.Date)))
        .OrderBy(c => c.Controller, StringComparer.Ordinal);

    /// <summary>A territory's facts from many reports at once, as recording them one by one would give them, regrouped once.</summary>
    public static TerritoryFacts Of(string territory, IEnumerable<(TerritoryAnnexed Report, Guid Event)> annexations,
        IEnumerable<(ReferendumHeld Report, Guid Event)> referendums, IEnumerable<(ControlReported Report, Guid Event)> control) =>
        Empty(territory) with
        {
            Annexations = Regroup(annexations.Select(a => ((a.Report.By, a.Report.From), Source.Of(a.Report, eventId: a.Event)))),
            Referendums = Regroup(referendums.Select(r => (0, Source.Of(r.Report, r.Report.Result, r.Event)))),
            Control = Regroup(control.Select(c => ((c.Report.Controller, c.Report.Extent), Source.Of(c.Report, eventId: c.Event)))),
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

    private static IReadOnlyList<Annexation> Regroup(IEnumerable<((string By, string From) Key, Source Source)> reports) =>
        Corroboration.Regroup(reports, k => $"{k.By}>{k.From}").Select(g => new Annexation(g.Key.By, g.Key.From, g.Date, g.Sources)).ToList();

    private static IReadOnlyList<Referendum> Regroup(IEnumerable<(int Key, Source Source)> reports) =>
        Corroboration.Regroup(reports, _ => "").Select(g => new Referendum(g.Date, g.Sources)).ToList();

    private static IReadOnlyList<Control> Regroup(IEnumerable<((string Controller, ControlExtent Extent) Key, Source Source)> reports) =>
        Corroboration.Regroup(reports, k => $"{k.Controller}>{k.Extent}").Select(g => new Control(g.Key.Controller, g.Key.Extent, g.Date, g.Sources)).ToList();

    public TerritoryFacts Record(StatementMade e) =>
        Actors.Contains(e.Actor) ? this : this with { Actors = Actors.Append(e.Actor).Order(StringComparer.Ordinal).ToList() };

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
}
