using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Articles;

/// <summary>
/// One article's report of a statement or fact, with the date as that article gave it; for a statement
/// the speaker and quote, and for a fact its detail (a referendum's result), as that article gave them.
/// </summary>
public sealed record Source(
    Guid Article,
    string? Outlet,
    DateOnly Published,
    PartialDate Date,
    string DerivedBy,
    string? Speaker = null,
    string? SpeakerRole = null,
    string? Quote = null,
    string? Detail = null,
    Guid? Event = null)
{
    public static Source Of(IDerivedEvent e, string? detail = null, Guid? eventId = null) =>
        new(e.Source.Article, e.Source.Outlet, e.Source.Published, e.Date, e.Source.DerivedBy, Detail: detail, Event: eventId);

    public static Source Of(StatementMade s, Guid? eventId = null) =>
        new(s.Source.Article, s.Source.Outlet, s.Source.Published, s.Date, s.Source.DerivedBy, s.Speaker, s.SpeakerRole, s.Quote, Event: eventId);

    public bool From(Guid article, string? derivedBy) => Article == article && DerivedBy == derivedBy;

    /// <summary>A fixed order, so read models come out the same whatever order articles arrived in.</summary>
    public static IReadOnlyList<Source> Ordered(IEnumerable<Source> sources) => sources
        .OrderBy(s => s.Published)
        .ThenBy(s => s.Outlet, StringComparer.Ordinal)
        .ThenBy(s => s.Article)
        .ThenBy(s => s.Date)
        .ThenBy(s => s.Speaker, StringComparer.Ordinal)
        .ThenBy(s => s.Quote, StringComparer.Ordinal)
        // Two reports of one fact in one article differ only here; without it a sample's cut would depend on arrival order.
        .ThenBy(s => s.Event)
        .ToList();

    /// <summary>Outlets reporting independently; an article with no outlet counts as its own.</summary>
    public static int OutletCount(IEnumerable<Source> sources) =>
        sources.Select(s => s.Outlet ?? s.Article.ToString()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
