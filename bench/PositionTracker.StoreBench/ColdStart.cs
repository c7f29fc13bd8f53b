using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PositionTracker.Bench.Generation;
using PositionTracker.Domain.Catalog;
using PositionTracker.Ingesting;
using PositionTracker.Core;

namespace PositionTracker.StoreBench;

/// <summary>
/// Cold start: a new process asked one question (stance on the bench's database) against a new process that only
/// prints a line, run in turns so that both see the same machine, and compared by their medians.
/// </summary>
public static class ColdStart
{
    /// <summary>A store of its own for <c>ops/bench cold</c>: the schema as a writing verb leaves it, and a few articles to answer from.</summary>
    public static async Task PrepareAsync(string connectionString, int articles, int seed)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[Setup.DatabaseVariable] = connectionString;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPositionTracker();
        using var host = builder.Build();
        await host.StartAsync();
        var batch = host.Services.GetRequiredService<ArticleBatch>();
        foreach (var generated in new CorpusGenerator(Gazetteer.Default, seed).Corpus(articles))
            await batch.IngestAsync(generated.Article, "bench", CancellationToken.None);
        await host.CaughtUpAsync();
        await host.StopAsync();
    }

    public static async Task<(double HelloSeconds, double StanceSeconds)> MeasureAsync(string connectionString, int runs = 7)
    {
        var here = AppContext.BaseDirectory;
        string[] hello = [Path.Combine(here, "PositionTracker.HelloWorld.dll")];
        // ops/bench names the command line as ops/positiontracker builds it; the one built beside the bench is not compiled ahead of time.
        var cli = Environment.GetEnvironmentVariable("POSITIONTRACKER_CLI") ?? Path.Combine(here, "PositionTracker.dll");
        string[] stance = [cli, "stance", "RUS", "crimea", "--on", "2024-01-01"];
        var (helloTimes, stanceTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            helloTimes.Add(await TimeAsync(hello, connectionString));
            stanceTimes.Add(await TimeAsync(stance, connectionString));
        }
        return (Median(helloTimes), Median(stanceTimes));
    }

    private static async Task<double> TimeAsync(string[] arguments, string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment[Setup.DatabaseVariable] = connectionString;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        await drained;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}");
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
