using System.Diagnostics;
using Marten;
using PositionTracker.Core;

namespace PositionTracker.Rebuilding;

public sealed record RebuiltProjection(string Name, double Seconds);

/// <summary>Replays every event through every projection, recreating the read models from scratch.</summary>
public sealed class Rebuilder(IDocumentStore store, IConfiguration configuration)
{
    public async Task<IReadOnlyList<RebuiltProjection>> RebuildAsync(Action<string>? progress, CancellationToken token)
    {
        // Ingestion waits while the read models are torn down and rebuilt.
        await using var exclusive = await IngestionLock.HoldAsync(configuration[Setup.DatabaseVariable]!, token);
        await using (var session = store.QuerySession())
        {
            var events = await session.Events.QueryAllRawEvents().LongCountAsync(token);
            progress?.Invoke($"replaying {events} events through {Setup.Projections.Length} projections");
        }
        using var daemon = await store.BuildProjectionDaemonAsync();
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
