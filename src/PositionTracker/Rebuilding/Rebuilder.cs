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
        var said = new Lock();
        void Say(string line)
        {
            lock (said) progress?.Invoke(line);
        }

        // All at once: each spends much of its time waiting on the database, which the others use meanwhile.
        return await Task.WhenAll(Setup.Projections.Select(async projection =>
        {
            Say($"rebuilding {projection.Name}...");
            var clock = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection.Name, token);
            Say($"rebuilt {projection.Name} in {clock.Elapsed.TotalSeconds:F1}s");
            return new RebuiltProjection(projection.Name, clock.Elapsed.TotalSeconds);
        }));
    }
}
