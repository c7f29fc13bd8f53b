using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.CommandLine;

/// <summary>The eval verb: scores per type and overall, on the seeds or any folder laid out like them. Needs no database.</summary>
public sealed class EvalCommandTests
{
    private static Task<CliRun> Run(params string[] args) => Cli.RunAsync("", args);

    [Fact]
    public async Task On_the_seeds_the_extractor_meets_the_targets()
    {
        var run = await Run("eval", "--articles", "seeds/articles", "--gold", "seeds/gold", "--json");

        Assert.Equal(0, run.ExitCode);
        var overall = run.Json.GetProperty("overall");
        Assert.True(overall.GetProperty("f1").GetDouble() >= 0.85, run.Out);
        Assert.True(run.Json.GetProperty("byType").GetProperty("StatementMade").GetProperty("f1").GetDouble() >= 0.85, run.Out);
        Assert.True(run.Json.GetProperty("speakerAccuracy").GetDouble() >= 0.9, run.Out);
        Assert.Equal(5, run.Json.GetProperty("articles").GetInt32());
        Assert.All(["precision", "recall", "f1"], key => Assert.InRange(overall.GetProperty(key).GetDouble(), 0, 1));
    }

    [Fact]
    public async Task Any_folder_laid_out_like_the_seeds_can_be_scored_and_misses_are_listed()
    {
        using var folder = new ArticleFolder();
        folder.Write("articles/01.txt", """
            ---
            outlet: Test Wire
            published: 2024-03-14
            ---
            Spain renewed its claim to Gibraltar on Tuesday.
            """);
        folder.Write("gold/01.json", """
            [{"type": "StatementMade", "actor": "ESP", "speaker": null, "speakerRole": null, "territory": "gibraltar",
              "stance": "ClaimsSovereignty", "quote": null, "date": "2024-03-12", "precision": "day"},
             {"type": "StatementMade", "actor": "GBR", "speaker": null, "speakerRole": null, "territory": "gibraltar",
              "stance": "RejectsNegotiation", "quote": null, "date": "2024-03-12", "precision": "day"}]
            """);

        var run = await Run("eval", "--articles", folder.Articles, "--gold", folder.Gold, "--json");

        Assert.Equal(0, run.ExitCode);
        var statements = run.Json.GetProperty("byType").GetProperty("StatementMade");
        Assert.Equal((1, 1, 2), (statements.GetProperty("matched").GetInt32(), statements.GetProperty("extracted").GetInt32(), statements.GetProperty("gold").GetInt32()));
        Assert.Equal(0.5, run.Json.GetProperty("overall").GetProperty("recall").GetDouble());
        var missed = Assert.Single(Assert.Single(run.Json.GetProperty("perArticle").EnumerateArray()).GetProperty("missed").EnumerateArray());
        Assert.Contains("GBR RejectsNegotiation on gibraltar", missed.GetString());
    }

    [Fact]
    public async Task A_missing_folder_is_named_in_the_error()
    {
        var run = await Run("eval", "--articles", "no/such/folder", "--gold", "seeds/gold");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--articles no/such/folder: no such folder", run.Error);
    }
}
