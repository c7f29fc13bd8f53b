using System.Text.Json;
using PositionTracker.Domain.Catalog;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.CommandLine;

/// <summary>The verbs as a script or an analyst calls them: arguments, exit codes, and JSON on standard output.</summary>
[Collection(TrackerCollection.Name)]
public sealed class CommandLineTests(TrackerFixture tracker) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await tracker.ResetAsync();
        await tracker.IngestAsync(Repository.CuratedSeeds);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<CliRun> Run(params string[] args) => Cli.RunAsync(tracker.ConnectionString, args);

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    [Fact]
    public async Task Stance_as_json_is_one_document_with_stances_and_their_evidence()
    {
        var run = await Run("stance", "RUS", "crimea", "--on", "2017-02-15", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json;
        Assert.Equal(("RUS", "crimea", "2017-02-15"),
            (json.GetProperty("actor").GetString(), json.GetProperty("territory").GetString(), json.GetProperty("on").GetString()));
        var stances = json.GetProperty("stances").EnumerateArray().ToList();
        Assert.Equal(["ClaimsSovereignty", "RejectsNegotiation"], stances.Select(s => s.GetProperty("stance").GetString()));
        Assert.All(stances, s =>
        {
            Assert.Subset(Names(s).ToHashSet(), new HashSet<string> { "stance", "dimension", "lastStated", "daysBefore", "evidence" });
            Assert.All(s.GetProperty("evidence").EnumerateArray(), e =>
                Assert.Subset(Names(e).ToHashSet(), new HashSet<string> { "speaker", "quote", "outlet", "article" }));
        });
        Assert.Equal("claim", stances[0].GetProperty("dimension").GetString());
    }

    [Fact]
    public async Task Names_are_accepted_as_well_as_codes()
    {
        var run = await Run("stance", "Russia", "Crimean Peninsula", "--on", "2017-02-15", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("RUS", run.Json.GetProperty("actor").GetString());
        Assert.Equal("crimea", run.Json.GetProperty("territory").GetString());
    }

    [Fact]
    public async Task Stance_and_territory_read_the_tables_alone_and_answer_as_the_store_does()
    {
        var (russia, crimea, on) = (Gazetteer.Default.FindActor("RUS")!, Gazetteer.Default.FindTerritory("crimea")!, new DateOnly(2017, 2, 15));
        var stance = await Run("stance", "RUS", "crimea", "--on", "2017-02-15", "--json");
        var territory = await Run("territory", "crimea", "--on", "2017-02-15", "--json");

        Assert.Equal((0, 0), (stance.ExitCode, territory.ExitCode));
        Assert.NotEmpty(stance.Json.GetProperty("annexations").EnumerateArray());
        Assert.Contains(stance.Json.GetProperty("stances").EnumerateArray().SelectMany(s => s.GetProperty("evidence").EnumerateArray()),
            e => e.GetProperty("title").GetString() is { Length: > 0 });
        Assert.Equal(Answer(await tracker.Queries.PositionOnAsync(russia, crimea, on, CancellationToken.None)), stance.Out.Trim());
        Assert.Equal(Answer(await tracker.Queries.TerritoryOnAsync(crimea, on, CancellationToken.None)), territory.Out.Trim());
    }

    private static string Answer<T>(T answer) => JsonSerializer.Serialize(answer, global::PositionTracker.Core.Cli.Json);

    [Fact]
    public async Task Timeline_and_territory_answer_as_json_too()
    {
        var timeline = await Run("timeline", "UKR", "donetsk", "--json");
        var territory = await Run("territory", "donetsk", "--on", "2025-03-01", "--json");

        Assert.Equal((0, 0), (timeline.ExitCode, territory.ExitCode));
        Assert.Equal(["2023-02-28", "2023-02-28", "2025-02-27", "2025-02-27"],
            timeline.Json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.Equal(["RUS", "UKR"], territory.Json.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task A_timeline_page_says_how_to_ask_for_the_next()
    {
        var first = await Run("timeline", "UKR", "donetsk", "--limit", "2");
        var rest = await Run("timeline", "UKR", "donetsk", "--after", "2023-02-28", "--json");
        var badLimit = await Run("timeline", "UKR", "donetsk", "--limit", "0");

        Assert.Equal((0, 0), (first.ExitCode, rest.ExitCode));
        Assert.Contains("More follows: add --after 2023-02-28 for the next page.", first.Out);
        Assert.Equal(["2025-02-27", "2025-02-27"], rest.Json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.NotEqual(0, badLimit.ExitCode);
        Assert.Contains("--limit '0' is not a page size", badLimit.Error);
    }

    [Fact]
    public async Task Ingest_as_json_lists_added_skipped_and_rejected_and_fails_when_something_was_rejected()
    {
        using var batch = new ArticleFolder();
        batch.Write("known.txt", File.ReadAllText(Repository.SeedArticle("000_c46b780812df3201")));
        batch.Write("headless.txt", "No header here.");

        var run = await Run("ingest", batch.Root, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Json.GetProperty("added").EnumerateArray());
        Assert.Single(run.Json.GetProperty("skipped").EnumerateArray());
        var rejected = Assert.Single(run.Json.GetProperty("rejected").EnumerateArray());
        Assert.EndsWith("headless.txt", rejected.GetProperty("file").GetString());
        Assert.Contains("has no header", rejected.GetProperty("reason").GetString());
        Assert.Contains("headless.txt: rejected", run.Error);
    }

    [Theory]
    [InlineData("stance XYZ crimea --on 2017-02-15", "unknown actor 'XYZ'")]
    [InlineData("stance RUS krimea --on 2017-02-15", "unknown territory 'krimea'")]
    [InlineData("stance RUS crimea --on 2017-02-30", "--on '2017-02-30' is not a date")]
    [InlineData("stance RUS crimea", "--on needs a date")]
    [InlineData("territory crimea --on yesterday", "--on 'yesterday' is not a date")]
    public async Task Bad_arguments_fail_with_a_message_that_says_how_to_fix_them(string args, string expected)
    {
        var run = await Run(args.Split(' '));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Equal("", run.Out.Trim());
    }

    [Fact]
    public async Task Reextract_leaves_curated_articles_alone_and_says_so()
    {
        var run = await Run("reextract", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.Json.GetProperty("curated").GetInt32());
        Assert.Empty(run.Json.GetProperty("reextracted").EnumerateArray());
        Assert.Contains("curated annotation, left alone", run.Error);
    }

    [Fact]
    public async Task Rebuild_replays_the_events_and_leaves_the_answers_as_they_were()
    {
        var before = (await Run("stance", "UKR", "donetsk", "--on", "2025-03-01", "--json")).Out;

        var rebuild = await Run("rebuild", "--json");

        Assert.Equal(0, rebuild.ExitCode);
        Assert.Equal(4, rebuild.Json.GetProperty("rebuilt").GetArrayLength());
        Assert.Contains("replaying 121 events through 4 projections", rebuild.Error);
        Assert.Equal(before, (await Run("stance", "UKR", "donetsk", "--on", "2025-03-01", "--json")).Out);
    }
}
