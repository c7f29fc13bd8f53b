using PositionTracker.Extraction;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.CommandLine;

/// <summary>
/// The semantic stance reader switched on for ingest and reextract: what it derives says so, and switching it on or off
/// makes every extracted article due for re-extraction.
/// </summary>
[Collection(TrackerCollection.Name)]
public sealed class SemanticReadingTests(TrackerFixture tracker) : IAsyncLifetime
{
    private readonly ArticleFolder _folder = new();

    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private Task<CliRun> Run(params string[] args) => Cli.RunAsync(tracker.ConnectionString, args);

    [Fact]
    public async Task Ingest_with_the_reader_records_it_and_reextract_without_it_reads_the_article_again()
    {
        var file = _folder.Write("articles/diaoyu.txt", """
            ---
            outlet: Test Wire
            published: 2024-03-14
            ---
            Chinese Foreign Ministry spokesman Wang Wenbin said the Diaoyu Islands had been China's since ancient times.
            """);

        var ingest = await Run("ingest", file, "--semantic", "--json");
        var reextract = await Run("reextract", "--json");
        var again = await Run("reextract", "--json");

        Assert.Equal(0, ingest.ExitCode);
        var added = Assert.Single(ingest.Json.GetProperty("added").EnumerateArray());
        Assert.Equal($"extractor {Extractor.Version} (semantic)", added.GetProperty("derivedBy").GetString());
        Assert.Equal(1, added.GetProperty("events").GetInt32());
        Assert.Equal(0, reextract.ExitCode);
        Assert.Single(reextract.Json.GetProperty("reextracted").EnumerateArray());
        Assert.Empty(again.Json.GetProperty("reextracted").EnumerateArray());
    }
}
