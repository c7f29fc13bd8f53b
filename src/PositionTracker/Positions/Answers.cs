using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Stances;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Positions;

// The shapes answers take on the command line (--json) and, later, over HTTP.

public sealed record SourceView(
    string? Speaker,
    string? Role,
    string? Quote,
    string? Outlet,
    Guid Article,
    string? Title,
    DateOnly Published,
    PartialDate Reported,
    string DerivedBy,
    Guid? Event);

/// <param name="Reports">How many reports state the stance that day; <paramref name="Evidence"/> names the first of them, never more than a sample.</param>
public sealed record StanceView(
    Stance Stance,
    Dimension Dimension,
    PartialDate LastStated,
    DatePrecision Precision,
    int DaysBefore,
    int Outlets,
    int Reports,
    IReadOnlyList<SourceView> Evidence);

/// <param name="Reports">How many reports give the fact; <paramref name="Sources"/> names the first of them, never more than a sample.</param>
public sealed record FactView(string What, PartialDate Date, DatePrecision Precision, int Outlets, int Reports, IReadOnlyList<SourceView> Sources);

/// <param name="Annexations">The most reported annexations known by then, in date order.</param>
/// <param name="OtherAnnexations">How many other annexations are known by then, each less reported: the territory's answer lists them.</param>
public sealed record PositionAnswer(
    string Actor,
    string ActorName,
    string Territory,
    string TerritoryName,
    DateOnly On,
    DateTimeOffset? KnownAt,
    IReadOnlyList<StanceView> Stances,
    IReadOnlyList<FactView> Annexations,
    int OtherAnnexations);

public sealed record TimelineEntryView(
    PartialDate Date,
    DatePrecision Precision,
    Stance Stance,
    Dimension Dimension,
    string? Speaker,
    string? Role,
    PartialDate? SupersededOn,
    IReadOnlyList<Stance> SupersededBy,
    int Outlets,
    IReadOnlyList<SourceView> Sources);

public sealed record TimelineAnswer(
    string Actor,
    string ActorName,
    string Territory,
    string TerritoryName,
    DateTimeOffset? KnownAt,
    IReadOnlyList<TimelineEntryView> Entries,
    DateOnly? Next = null);

public sealed record ActorPosition(string Actor, string ActorName, IReadOnlyList<StanceView> Stances);

public sealed record TerritoryAnswer(
    string Territory,
    string TerritoryName,
    DateOnly On,
    DateTimeOffset? KnownAt,
    IReadOnlyList<FactView> Annexations,
    IReadOnlyList<FactView> Referendums,
    IReadOnlyList<FactView> Control,
    IReadOnlyList<ActorPosition> Positions);

public sealed record TerritoryPosition(string Territory, string TerritoryName, IReadOnlyList<StanceView> Stances);

public sealed record ActorAnswer(string Actor, string ActorName, DateOnly On, DateTimeOffset? KnownAt, IReadOnlyList<TerritoryPosition> Positions);

/// <summary>Turns read models into answers, naming the articles behind every source.</summary>
public sealed class AnswerViews(IReadOnlyDictionary<Guid, string?> titles)
{
    public SourceView View(Source s) => new(s.Speaker, s.SpeakerRole, s.Quote, s.Outlet, s.Article,
        titles.GetValueOrDefault(s.Article), s.Published, s.Date, s.DerivedBy, s.Event);

    public IReadOnlyList<SourceView> Views(IEnumerable<Source> sources) => sources.Select(View).ToList();

    public StanceView View(StanceInForce s) => new(s.Stance, s.Dimension, s.LastStated, s.LastStated.Precision,
        s.DaysBefore, s.Outlets, s.Reports, Views(s.Evidence));

    public TimelineEntryView View(TimelineEntry t) => new(t.Statement.Date, t.Statement.Date.Precision, t.Statement.Stance,
        t.Statement.Dimension, t.Statement.Speaker, t.Statement.SpeakerRole, t.SupersededOn, t.SupersededBy,
        Source.OutletCount(t.Statement.Sources), Views(t.Statement.Sources));

    public FactView View(Annexation a) => Fact($"annexed by {a.By} from {a.From}", a.Date, a.Outlets, a.Reports, a.Sources);

    public FactView View(Referendum r) =>
        Fact(r.Results.Count == 0 ? "referendum held" : $"referendum held: {string.Join("; ", r.Results)}", r.Date, r.Outlets, r.Reports, r.Sources);

    public FactView View(Control c) =>
        Fact($"{c.Controller} controls {c.Extent.ToString().ToLowerInvariant()} of it", c.Date, c.Outlets, c.Reports, c.Sources);

    private FactView Fact(string what, PartialDate date, int outlets, int reports, IReadOnlyList<Source> sources) =>
        new(what, date, date.Precision, outlets, reports, Views(sources));

    public static IEnumerable<Guid> ArticlesIn(IEnumerable<Source> sources) => sources.Select(s => s.Article).Distinct();
}
