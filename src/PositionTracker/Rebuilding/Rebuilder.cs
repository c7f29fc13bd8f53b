using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;
using PositionTracker.Core;

namespace PositionTracker.Rebuilding;

public sealed record RebuiltProjection(string Name, double Seconds);

/// <summary>
/// Replays every event through every projection with the running daemon's own rebuild, which stops the projection's
/// shard, recreates its read model from the events and starts it again, so that ingestion goes on meanwhile.
/// </summary>
public sealed class Rebuilder(IDocumentStore store, IProjectionCoordinator coordinator)
{
    public async Task<IReadOnlyList<RebuiltProjection>> RebuildAsync(Action<string>? progress, CancellationToken token)
    {
        await using (var session = store.QuerySession())
        {
            var events = await session.Events.QueryAllRawEvents().LongCountAsync(token);
            progress?.Invoke($"replaying {events} events through {Setup.Projections.Length} projections");
        }
        var daemon = coordinator.DaemonForMainDatabase();
        var rebuilt = new List<RebuiltProjection>();
        foreach (var projection in Setup.Projections)
        {
            progress?.Invoke($"rebuilding {projection.Name}...");
            var clock = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection.Name, token);
            rebuilt.Add(new RebuiltProjection(projection.Name, clock.Elapsed.TotalSeconds));
            progress?.Invoke($"rebuilt {projection.Name} in {clock.Elapsed.TotalSeconds:F1}s");
        }
        return rebuilt;
    }
}
