using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Corrections;

/// <summary>What an analyst asks: retract the statement, or amend some of its actor, territory, stance and date.</summary>
public sealed record CorrectionRequest(
    string? Analyst,
    string? Reason,
    bool Retract = false,
    string? Actor = null,
    string? Territory = null,
    string? Stance = null,
    string? Date = null);

/// <summary>
/// An analyst's correction of a statement, decided from the article's history. Each reason to refuse one is a question
/// of its own, so that whoever answers the analyst can say which kind of refusal it is: a request that cannot be read
/// (<see cref="Problem"/>), a statement that can no longer be corrected (<see cref="Closed"/>), a correction that
/// changes nothing (<see cref="ChangesNothing"/>). What passes them all is <see cref="Decide"/>d into an event.
/// </summary>
public static class Correction
{
    /// <summary>What is missing, contradictory or unknown in the request, whichever statement it corrects; null when nothing is.</summary>
    public static string? Problem(CorrectionRequest request, Gazetteer gazetteer)
    {
        if (string.IsNullOrWhiteSpace(request.Analyst)) return "name the analyst making the correction (\"analyst\")";
        if (string.IsNullOrWhiteSpace(request.Reason)) return "give the reason for the correction (\"reason\")";
        if (request.Retract)
            return new[] { request.Actor, request.Territory, request.Stance, request.Date }.Any(v => v is not null)
                ? "a retraction amends nothing: leave out actor, territory, stance and date"
                : null;

        if (request.Actor is { } actor && gazetteer.FindActor(actor) is null) return $"unknown actor '{actor}' (use a code like RUS, or EU, UN, NATO)";
        if (request.Territory is { } territory && gazetteer.FindTerritory(territory) is null) return $"unknown territory '{territory}' (use an id like crimea)";
        if (request.Stance is { } stance && ReadStance(stance) is null)
            return $"unknown stance '{stance}' (one of {string.Join(", ", Enum.GetNames<Stance>())})";
        if (request.Date is { } date && !PartialDate.TryParse(date, out _)) return $"'{date}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
        return null;
    }

    /// <summary>
    /// Why the statement, which the article must hold, can take no correction now: an analyst retracted it, or a newer
    /// derivation replaced it before anyone corrected it (the replacement is the one to correct). Null when it can.
    /// </summary>
    public static string? Closed(ArticleHistory article, Guid statement)
    {
        var earlier = article.LastCorrection(statement);
        if (earlier is { Retracted: true }) return $"statement {statement} was retracted by {earlier.Analyst}; it cannot be corrected again";
        if (earlier is null && article.SupersededBy(Original(article, statement)) is { } by)
            return $"statement {statement} was superseded by {by}; correct the statement that replaced it";
        return null;
    }

    /// <summary>
    /// The correction of the statement as it now stands, after earlier corrections. Only for a request with no
    /// <see cref="Problem"/> and a statement not <see cref="Closed"/>: anything else is a refusal, decided before.
    /// </summary>
    public static StatementCorrected Decide(Guid statement, ArticleHistory article, CorrectionRequest request, Gazetteer gazetteer)
    {
        if ((Problem(request, gazetteer) ?? Closed(article, statement)) is { } refusal) throw new InvalidOperationException(refusal);
        var original = Original(article, statement);
        var current = article.LastCorrection(statement)?.Amended ?? original;
        var amended = request.Retract ? null : Amend(current, request, gazetteer) with
        {
            Source = original.Source with { DerivedBy = StatementCorrected.DerivedByPrefix + request.Analyst!.Trim(), Evidence = null },
        };
        return new StatementCorrected(current.Source.Article, statement, request.Analyst!.Trim(), request.Reason!.Trim(), current, amended);
    }

    /// <summary>An amendment that leaves actor, territory, stance and date as they were: the analyst meant to change something.</summary>
    public static bool ChangesNothing(StatementCorrected correction) =>
        correction.Amended is { } amended && (amended.Actor, amended.Territory, amended.Stance, amended.Date) ==
        (correction.Replaced.Actor, correction.Replaced.Territory, correction.Replaced.Stance, correction.Replaced.Date);

    private static StatementMade Original(ArticleHistory article, Guid statement) =>
        article.Statement(statement) ?? throw new ArgumentException($"article {article.Id} has no statement {statement}", nameof(statement));

    // Problem has read every value already; here they are known good.
    private static StatementMade Amend(StatementMade current, CorrectionRequest request, Gazetteer gazetteer) => current with
    {
        Actor = request.Actor is { } actor ? gazetteer.FindActor(actor)!.Code : current.Actor,
        Territory = request.Territory is { } territory ? gazetteer.FindTerritory(territory)!.Id : current.Territory,
        Stance = request.Stance is { } stance ? ReadStance(stance)!.Value : current.Stance,
        Date = request.Date is { } date ? PartialDate.Parse(date) : current.Date,
    };

    // Enum.TryParse also takes numbers, which name no stance unless defined.
    private static Stance? ReadStance(string stance) =>
        Enum.TryParse<Stance>(stance, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
