using Marten;
using Wolverine.Http;

namespace PositionTracker.Web;

public sealed record Health(string Status, string Database, long Events, string? Problem);

public static class HealthEndpoint
{
    [WolverineGet("/health")]
    public static async Task<IResult> Get(IDocumentStore store, CancellationToken token)
    {
        try
        {
            await using var session = store.QuerySession();
            var events = await session.Events.QueryAllRawEvents().LongCountAsync(token);
            return Results.Ok(new Health("healthy", "reachable", events, null));
        }
        catch (Exception e) when (Outages.DatabaseUnreachable(e))
        {
            return Results.Json(new Health("unhealthy", "unreachable", 0, Outages.Reason(e)), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
