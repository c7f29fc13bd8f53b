using Wolverine.Http;

namespace PositionTracker.Rebuilding;

public sealed record RebuildReport(IReadOnlyList<RebuiltProjection> Rebuilt, IReadOnlyList<string> Progress);

public static class RebuildEndpoint
{
    /// <summary>Replays every event through every projection; the progress, as it went, comes back with the result.</summary>
    [WolverinePost("/api/admin/rebuild")]
    public static async Task<RebuildReport> Post(Rebuilder rebuilder, ILogger<Rebuilder> logger, CancellationToken token)
    {
        var progress = new List<string>();
        var rebuilt = await rebuilder.RebuildAsync(line =>
        {
            progress.Add(line);
            logger.LogInformation("{Progress}", line);
        }, token);
        return new RebuildReport(rebuilt, progress);
    }
}
