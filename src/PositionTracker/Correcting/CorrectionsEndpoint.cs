using Marten;
using Microsoft.AspNetCore.Mvc;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Corrections;
using PositionTracker.Web;
using Wolverine;
using Wolverine.Http;

namespace PositionTracker.Correcting;

public static class CorrectionsEndpoint
{
    /// <summary>Wolverine runs this before the endpoint: a body of JSON null deserializes to no request at all.</summary>
    public static ProblemDetails Validate(CorrectionRequest? request) => request is null
        ? new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest, Title = "The correction is not valid",
            Detail = "the body must be a JSON object with \"analyst\" and \"reason\", and \"retract\": true or the fields to amend",
        }
        : WolverineContinue.NoProblems;

    /// <summary>
    /// An analyst retracts a statement, or amends its actor, territory, stance or date, with their name and a
    /// reason. The correction is a new event in the article's stream; nothing is changed in place, and an
    /// answer asked as known before the correction is the uncorrected one.
    /// </summary>
    [WolverinePost("/api/statements/{eventId}/corrections")]
    public static async Task<IResult> Post(Guid eventId, CorrectionRequest request, IQuerySession session, IMessageBus bus, CancellationToken token)
    {
        // A statement is cited by its event id; the article it belongs to is the stream that event is in.
        if (await session.Events.LoadAsync(eventId, token) is not { Data: StatementMade } statement)
            return Problems.NotFound($"no statement with event id {eventId}", "Unknown statement");
        var outcome = await bus.InvokeAsync<StatementCorrection>(new CorrectStatement(statement.StreamId, eventId, request), token);
        return outcome.Refused switch
        {
            Refusal.NotFound => Problems.NotFound(outcome.Problem!, "Unknown statement"),
            Refusal.Conflict => Problems.Conflict(outcome.Problem!, "The statement cannot be corrected"),
            Refusal.Invalid => Problems.BadRequest(outcome.Problem!, "The correction is not valid"),
            _ => Results.Created($"/api/articles/{outcome.Article}", outcome),
        };
    }
}
