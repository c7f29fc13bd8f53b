using Marten;
using Microsoft.AspNetCore.Mvc;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Corrections;
using Wolverine.Http;
using Wolverine.Marten;

namespace PositionTracker.Correcting;

/// <summary>The correction made, at the address of its article, whose page lists it among the article's corrections.</summary>
public sealed record StatementCorrection(Guid Statement, Guid Article, StatementCorrected Correction)
    : CreationResponse($"/api/articles/{Article}");

/// <summary>The article whose stream holds a cited event, if any does.</summary>
public sealed record CitingArticle(Guid? Id);

public static class CorrectionsEndpoint
{
    /// <summary>A statement is cited by its event id alone; the article to correct is the stream that event is in.</summary>
    public static async Task<CitingArticle> LoadAsync(Guid eventId, IQuerySession session, CancellationToken token) =>
        new((await session.Events.LoadAsync(eventId, token))?.StreamId);

    /// <summary>The stream Wolverine loads for <see cref="Post"/>: an empty one for an event no article holds, which Validate refuses.</summary>
    public static Guid ArticleOf(CitingArticle citing) => citing.Id ?? NoArticle;

    // Marten refuses the empty id. No article has this one: theirs are name-based (RFC 9562 version 8), this one has no version.
    private static readonly Guid NoArticle = Guid.AllBitsSet;

    /// <summary>
    /// Every refusal, before anything is written: a request that cannot be read (400) first, whichever statement it
    /// names; then a statement the article does not hold (404) or can no longer take a correction (409).
    /// </summary>
    public static ProblemDetails Validate(Guid eventId, CorrectionRequest? request, ArticleHistory? article, Gazetteer gazetteer)
    {
        // A body of JSON null deserializes to no request at all.
        if (request is null)
            return Invalid("the body must be a JSON object with \"analyst\" and \"reason\", and \"retract\": true or the fields to amend");
        if (Correction.Problem(request, gazetteer) is { } problem) return Invalid(problem);
        if (article?.Statement(eventId) is null)
            return Refused(StatusCodes.Status404NotFound, "Unknown statement", $"no statement with event id {eventId}");
        if (Correction.Closed(article, eventId) is { } closed)
            return Refused(StatusCodes.Status409Conflict, "The statement cannot be corrected", closed);
        if (Correction.ChangesNothing(Correction.Decide(eventId, article, request, gazetteer)))
            return Invalid("nothing to change: give a new actor, territory, stance or date, or retract");
        return WolverineContinue.NoProblems;
    }

    /// <summary>
    /// An analyst retracts a statement, or amends its actor, territory, stance or date, with their name and a
    /// reason. The correction is a new event in the article's stream; nothing is changed in place, and an
    /// answer asked as known before the correction is the uncorrected one.
    /// </summary>
    /// <remarks>
    /// Not <c>Required</c>: Wolverine would answer a missing article with a bare 404 before <see cref="Validate"/>, and so
    /// before saying what is wrong with a request that cannot be read.
    /// </remarks>
    [WolverinePost("/api/statements/{eventId}/corrections")]
    public static (StatementCorrection, Events) Post(Guid eventId, CorrectionRequest request,
        [WriteAggregate(FromMethod = nameof(ArticleOf), Required = false)] ArticleHistory article, Gazetteer gazetteer)
    {
        var correction = Correction.Decide(eventId, article, request, gazetteer);
        return (new StatementCorrection(eventId, article.Id, correction), new Events(ArticleEvents.Numbered(article.Id, article.Length + 1, [correction])));
    }

    private static ProblemDetails Invalid(string detail) => Refused(StatusCodes.Status400BadRequest, "The correction is not valid", detail);

    private static ProblemDetails Refused(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}
