using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Wolverine.Http;

namespace PositionTracker.Web;

/// <summary>How far one read model has folded the events: at which event, and how many it has still to fold.</summary>
public sealed record ReadModelProgress(string Name, long At, long Behind);

/// <param name="Projecting">
/// Whether this process is the one folding the read models: of several on one database, one holds the daemon's lock
/// at a time and the rest stand by to take over.
/// </param>
public sealed record Health(string Status, string Database, long LastEvent, IReadOnlyList<ReadModelProgress> ReadModels, bool Projecting,
    string? Problem);

public static class HealthEndpoint
{
    /// <summary>
    /// Cheap at any size: the newest event's number (the primary key's end) and the daemon's progress rows, never a
    /// count of the events. A read model behind the last event is still catching up; answers from it lag by that much.
    /// </summary>
    [WolverineGet("/health")]
    public static async Task<IResult> Get(IDocumentStore store, IProjectionCoordinator coordinator, CancellationToken token)
    {
        try
        {
            var database = store.Storage.Database;
            var last = await database.FetchHighestEventSequenceNumber(token);
            var progress = (await database.AllProjectionProgress(token))
                .Where(p => p.ShardName != ShardState.HighWaterMark)
                .OrderBy(p => p.ShardName, StringComparer.Ordinal)
                .Select(p => new ReadModelProgress(p.ShardName, p.Sequence, Math.Max(0, last - p.Sequence)))
                .ToList();
            var projecting = coordinator.DaemonForMainDatabase().CurrentAgents().Count > 0;
            return Results.Ok(new Health("healthy", "reachable", last, progress, projecting, null));
        }
        catch (Exception e) when (Outages.DatabaseUnreachable(e))
        {
            return Results.Json(new Health("unhealthy", "unreachable", 0, [], false, Outages.Reason(e)), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
