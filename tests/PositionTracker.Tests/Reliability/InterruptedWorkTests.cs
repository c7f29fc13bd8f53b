using Mono.Unix.Native;
using PositionTracker.Tests.CommandLine;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Reliability;

/// <summary>
/// A batch stopped in the middle, by a signal or by kill -9, then run again, ends as if it had never been
/// stopped: every article once, every event once.
/// </summary>
[Collection(TrackerCollection.Name)]
public sealed class InterruptedWorkTests(TrackerFixture tracker) : IAsyncLifetime
{
    private const int Articles = 200;
    private readonly ArticleFolder _batch = ManyArticles.Write(Articles);

    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync()
    {
        _batch.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(Signum.SIGINT, 130)]
    [InlineData(Signum.SIGTERM, 143)]
    public async Task A_signal_stops_ingest_after_the_article_in_hand_and_a_rerun_finishes_the_job(Signum signal, int exitCode)
    {
        using var ingest = CliProcess.Start(tracker.ConnectionString, "ingest", _batch.Articles);
        await ingest.WaitForErrorLineAsync(ManyArticles.Progress(20));

        ingest.Signal(signal);
        var stopped = await ingest.ExitAsync();
        var rerun = await Cli.RunAsync(tracker.ConnectionString, "ingest", _batch.Articles);

        Assert.Equal(exitCode, stopped.ExitCode);
        Assert.Contains("run the same command again to finish", stopped.Out);
        var added = AddedBy(stopped);
        Assert.InRange(added, 20, Articles - 1);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{Articles - added} added ({Articles - added} events), {added} skipped as already known, 0 rejected", rerun.Out);
        Assert.Equal(2 * Articles, await tracker.EventCountAsync());
    }

    [Fact]
    public async Task A_signal_stops_reextract_between_articles_with_the_summary_so_far()
    {
        await tracker.IngestAsync(_batch.Articles);
        using var reextract = CliProcess.Start(tracker.ConnectionString, "reextract");
        await reextract.WaitForErrorLineAsync(line => line.StartsWith("[1/", StringComparison.Ordinal));

        reextract.Signal(Signum.SIGTERM);
        var stopped = await reextract.ExitAsync();

        Assert.Equal(143, stopped.ExitCode);
        Assert.Contains("run reextract again to finish", stopped.Out);
        Assert.Matches(@"extractor \S+: 0 re-extracted, 0 already current, \d+ curated", stopped.Out);
    }

    [Fact]
    public async Task Kill_9_at_three_points_then_a_rerun_leaves_the_same_events_as_one_clean_run()
    {
        foreach (var point in (int[])[15, 70, 140])
        {
            using var ingest = CliProcess.Start(tracker.ConnectionString, "ingest", _batch.Articles);
            await ingest.WaitForErrorLineAsync(ManyArticles.Progress(point));
            ingest.KillHard();
        }
        var rerun = await Cli.RunAsync(tracker.ConnectionString, "ingest", _batch.Articles);
        await using var clean = await TestDatabase.CreateAsync();
        var cleanRun = await Cli.RunAsync(clean.ConnectionString, "ingest", _batch.Articles);

        Assert.Equal((0, 0), (rerun.ExitCode, cleanRun.ExitCode));
        Assert.Contains($"{Articles} added", cleanRun.Out);
        Assert.Equal(await EventsAsync(clean.ConnectionString), await EventsAsync(tracker.ConnectionString));
    }

    [Fact]
    public async Task Two_ingests_of_one_folder_at_once_store_each_article_once()
    {
        using var first = CliProcess.Start(tracker.ConnectionString, "ingest", _batch.Articles);
        using var second = CliProcess.Start(tracker.ConnectionString, "ingest", _batch.Articles);

        var runs = await Task.WhenAll(first.ExitAsync(), second.ExitAsync());

        Assert.All(runs, run => Assert.Equal(0, run.ExitCode));
        Assert.Equal(Articles, runs.Sum(AddedBy));
        Assert.Equal(2 * Articles, await tracker.EventCountAsync());
        var streams = await Sql.QueryAsync(tracker.ConnectionString, "select count(distinct stream_id) as streams from positiontracker.mt_events");
        Assert.Equal(Articles, Convert.ToInt32(streams[0]["streams"]));
    }

    /// <summary>N, from the summary line "N added (E events), ...".</summary>
    private static int AddedBy(CliRun run) => int.Parse(run.Out.Split('\n').First(l => l.Contains(" added (")).Split(' ')[0]);

    /// <summary>Each event as its stream, version, id, type and data: all but the moment it was stored.</summary>
    private static async Task<IReadOnlyList<string>> EventsAsync(string connectionString) =>
        (await Sql.QueryAsync(connectionString,
            "select stream_id, version, id, type, data::text as data from positiontracker.mt_events order by stream_id, version"))
        .Select(row => string.Join('|', row.Values)).ToList();
}
