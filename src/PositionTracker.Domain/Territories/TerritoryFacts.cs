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

/// <summary>What is known to have happened to one territory, and where each actor last stood on it.</summary>
public sealed record TerritoryFacts(
    string Id,
    IReadOnlyList<Annexation> Annexations,
    IReadOnlyList<Referendum> Referendums,
    IReadOnlyList<Control> Control,
    IReadOnlyList<LatestStance> LatestStances)
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

    public TerritoryFacts Record(TerritoryAnnexed e) => this with
    {
        Annexations = Corroboration.Regroup(
                Annexations.SelectMany(a => a.Sources.Select(s => ((a.By, a.From), s))).Append(((e.By, e.From), Source.Of(e))),
                k => $"{k.By}>{k.From}")
            .Select(g => new Annexation(g.Key.By, g.Key.From, g.Date, g.Sources))
            .ToList(),
    };

    public TerritoryFacts Record(ReferendumHeld e) => this with
    {
        Referendums = Corroboration.Regroup(
                Referendums.SelectMany(r => r.Sources.Select(s => (0, s))).Append((0, Source.Of(e, e.Result))),
                _ => "")
            .Select(g => new Referendum(g.Date, g.Sources))
            .ToList(),
    };

    public TerritoryFacts Record(ControlReported e) => this with
    {
        Control = Corroboration.Regroup(
                Control.SelectMany(c => c.Sources.Select(s => ((c.Controller, c.Extent), s))).Append(((e.Controller, e.Extent), Source.Of(e))),
                k => $"{k.Controller}>{k.Extent}")
            .Select(g => new Control(g.Key.Controller, g.Key.Extent, g.Date, g.Sources))
            .ToList(),
    };

    public TerritoryFacts Record(StatementMade e)
    {
        var dimension = e.Stance.DimensionOf();
        var current = LatestStances.FirstOrDefault(l => l.Actor == e.Actor && l.Dimension == dimension);
        var updated = current switch
        {
            null => new LatestStance(e.Actor, dimension, e.Date, [e.Stance]),
            _ when e.Date > current.Date => new LatestStance(e.Actor, dimension, e.Date, [e.Stance]),
            _ when e.Date == current.Date => current with { Stances = current.Stances.Append(e.Stance).Distinct().Order().ToList() },
            _ => current,
        };
        return this with
        {
            LatestStances = LatestStances.Where(l => l != current).Append(updated)
                .OrderBy(l => l.Actor, StringComparer.Ordinal).ThenBy(l => l.Dimension).ToList(),
        };
    }
}
