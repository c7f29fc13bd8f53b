using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Territories;

public sealed record Annexation(string By, string From, PartialDate Date, IReadOnlyList<Source> Sources);

public sealed record Referendum(PartialDate Date, IReadOnlyList<Source> Sources)
{
    public IReadOnlyList<string> Results => Sources.Select(s => s.Detail).OfType<string>().Distinct().ToList();
}

public sealed record Control(string Controller, ControlExtent Extent, PartialDate Date, IReadOnlyList<Source> Sources);

/// <summary>The latest stance(s) an actor has stated in one dimension, as of everything the tracker knows.</summary>
public sealed record LatestStance(string Actor, Dimension Dimension, PartialDate Date, IReadOnlyList<Stance> Stances);

/// <summary>One article's report that an actor stated a stance on the territory on a day.</summary>
public sealed record StanceReport(string Actor, Stance Stance, PartialDate Date, Guid Article, string DerivedBy, Guid? Event = null);

/// <summary>What is known to have happened to one territory, and where each actor last stood on it.</summary>
public sealed record TerritoryFacts(
    string Id,
    IReadOnlyList<Annexation> Annexations,
    IReadOnlyList<Referendum> Referendums,
    IReadOnlyList<Control> Control,
    IReadOnlyList<StanceReport> Stances)
{
    public static TerritoryFacts Empty(string territory) => new(territory, [], [], [], []);

    /// <summary>Per actor and dimension, the stance(s) of the most recent statement day.</summary>
    public IReadOnlyList<LatestStance> LatestStances => Stances
        .GroupBy(s => (s.Actor, Dimension: s.Stance.DimensionOf()))
        .Select(g =>
        {
            var latest = g.Max(s => s.Date);
            return new LatestStance(g.Key.Actor, g.Key.Dimension, latest, g.Where(s => s.Date == latest).Select(s => s.Stance).Distinct().Order().ToList());
        })
        .OrderBy(l => l.Actor, StringComparer.Ordinal).ThenBy(l => l.Dimension)
        .ToList();

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

    public TerritoryFacts Record(StatementMade e, Guid? eventId = null)
    {
        var report = new StanceReport(e.Actor, e.Stance, e.Date, e.Source.Article, e.Source.DerivedBy, eventId);
        return Stances.Contains(report) ? this : this with { Stances = Ordered(Stances.Append(report)) };
    }

    /// <summary>An analyst's correction: the replaced statement leaves, the amended one (if about this territory) joins.</summary>
    public TerritoryFacts Correct(StatementCorrected correction)
    {
        var without = this with { Stances = Stances.Where(s => s.Event != correction.Statement).ToList() };
        return correction.Amended is { } amended && amended.Territory == Id ? without.Record(amended, correction.Statement) : without;
    }

    /// <summary>Sets aside what one article's superseded derivation contributed.</summary>
    public TerritoryFacts Without(Guid article, string? derivedBy)
    {
        bool Kept(Source s) => !s.From(article, derivedBy);
        return this with
        {
            Annexations = Regroup(Annexations.SelectMany(a => a.Sources.Where(Kept).Select(s => ((a.By, a.From), s)))),
            Referendums = Regroup(Referendums.SelectMany(r => r.Sources.Where(Kept).Select(s => (0, s)))),
            Control = Regroup(Control.SelectMany(c => c.Sources.Where(Kept).Select(s => ((c.Controller, c.Extent), s)))),
            Stances = Stances.Where(s => !(s.Article == article && s.DerivedBy == derivedBy)).ToList(),
        };
    }

    private static IReadOnlyList<StanceReport> Ordered(IEnumerable<StanceReport> reports) => reports
        .OrderBy(r => r.Actor, StringComparer.Ordinal).ThenBy(r => r.Date).ThenBy(r => r.Stance).ThenBy(r => r.Article)
        .ThenBy(r => r.DerivedBy, StringComparer.Ordinal)
        .ToList();
}
