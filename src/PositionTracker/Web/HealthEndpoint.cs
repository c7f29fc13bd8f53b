using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Wolverine.Http;

namespace PositionTracker.Web;

/// <summary>How far one read model has folded the events: at which event, and how many it has still to fold.</summary>
public sealed record ReadModelProgress(string Name, long At, long Behind);

/// <param name="HighWaterMark">
/// The daemon's high-water mark: the event up to which every earlier one is committed, so safe to fold. It trails the last
/// event while writes are in flight, and stops while no process runs the daemon.
/// </param>
/// <param name="Projecting">
/// Whether this process is the one folding the read models: of several on one database, one holds the daemon's lock
/// at a time and the rest stand by to take over.
/// </param>
public sealed record Health(string Status, string Database, long LastEvent, long HighWaterMark, IReadOnlyList<ReadModelProgress> ReadModels,
    bool Projecting, string? Problem);

public static class HealthEndpoint
{
    /// <summary>
    /// Cheap at any size, and as quick as one round trip (the two reads go out together): the event sequence's current
    /// value and the daemon's progress rows, its high-water mark among them; never a count or a scan of the events. A read
    /// model behind the last event is still catching up; answers from it lag by that much.
    /// </summary>
    [WolverineGet("/health")]
    public static async Task<IResult> Get(IDocumentStore store, IProjectionCoordinator coordinator, CancellationToken token)
    {
        try
        {
            var database = store.Storage.Database;
            var (lastRead, progressRead) = (database.FetchHighestEventSequenceNumber(token), database.AllProjectionProgress(token));
            var (last, progress) = (await lastRead, await progressRead);
            var highWaterMark = progress.FirstOrDefault(p => p.ShardName == ShardState.HighWaterMark)?.Sequence ?? 0;
            var readModels = progress
                .Where(p => p.ShardName != ShardState.HighWaterMark)
                .OrderBy(p => p.ShardName, StringComparer.Ordinal)
                .Select(p => new ReadModelProgress(p.ShardName, p.Sequence, Math.Max(0, last - p.Sequence)))
                .ToList();
            var projecting = coordinator.DaemonForMainDatabase().CurrentAgents().Count > 0;
            return Results.Ok(new Health("healthy", "reachable", last, highWaterMark, readModels, projecting, null));
        }
        catch (Exception e) when (Outages.DatabaseUnreachable(e))
        {
            return Results.Json(new Health("unhealthy", "unreachable", 0, 0, [], false, Outages.Reason(e)),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
