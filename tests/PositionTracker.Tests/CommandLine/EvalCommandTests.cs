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
        Assert.True(overall.GetProperty("f1").GetDouble() >= 0.95, run.Out);
        Assert.True(run.Json.GetProperty("byType").GetProperty("StatementMade").GetProperty("f1").GetDouble() >= 0.90, run.Out);
        Assert.True(run.Json.GetProperty("speakerAccuracy").GetDouble() >= 0.9, run.Out);
        Assert.Equal(5, run.Json.GetProperty("articles").GetInt32());
        Assert.All(["precision", "recall", "f1"], key => Assert.InRange(overall.GetProperty(key).GetDouble(), 0, 1));
    }

    /// <summary>
    /// A guard, not a target: the development set's scores reached on 2026-12-08 (micro-F1 0.810, statements 0.799,
    /// speaker accuracy 0.950 over all fifty articles, extractor 2.5.0), less 0.03. Raise the floors when the extractor gets better.
    /// </summary>
    [Fact]
    public async Task On_the_development_set_the_extractor_keeps_the_score_it_reached()
    {
        var run = await Run("eval", "seeds/dev", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(50, run.Json.GetProperty("articles").GetInt32());
        Assert.True(run.Json.GetProperty("overall").GetProperty("f1").GetDouble() >= 0.780, run.Out);
        Assert.True(run.Json.GetProperty("byType").GetProperty("StatementMade").GetProperty("f1").GetDouble() >= 0.769, run.Out);
        Assert.True(run.Json.GetProperty("speakerAccuracy").GetDouble() >= 0.90, run.Out);
    }

    /// <summary>
    /// The same guard on the story set's half that rules may be written from (seeds/stories/train: micro-F1 0.672 with
    /// extractor 2.5.0, less 0.03). Its held-out half is only ever scored, never guarded or read.
    /// </summary>
    [Fact]
    public async Task On_the_story_set_the_extractor_keeps_the_score_it_reached()
    {
        var run = await Run("eval", "seeds/stories/train", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(24, run.Json.GetProperty("articles").GetInt32());
        Assert.True(run.Json.GetProperty("overall").GetProperty("f1").GetDouble() >= 0.642, run.Out);
    }

    /// <summary>The ablation scores both ways on one set, and accounts for every statement the semantic reader supplied.</summary>
    [Fact]
    public async Task An_ablation_scores_the_patterns_alone_and_with_the_semantic_reader_side_by_side()
    {
        var run = await Run("eval", "seeds/dev", "--only", "106-110", "--ablation", "--json");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Json.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!.Trim());
        Assert.Contains("overall (micro)", rows.Keys);
        Assert.Contains("StatementMade", rows.Keys);
        Assert.All(Enum.GetNames<PositionTracker.Domain.Stances.Stance>(), stance => Assert.Contains(stance, rows.Keys));
        // The reader adds statements and never takes one away: the patterns' matches stay matched.
        Assert.True(rows["StatementMade"].GetProperty("semantic").GetProperty("matched").GetInt32()
                    >= rows["StatementMade"].GetProperty("patterns").GetProperty("matched").GetInt32(), run.Out);
        var supplied = run.Json.GetProperty("supplied");
        Assert.Equal(supplied.GetProperty("statements").GetInt32(),
            supplied.GetProperty("matched").GetInt32() + supplied.GetProperty("optionalOnly").GetInt32() + supplied.GetProperty("spurious").GetInt32());
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

    private static void Passage(ArticleFolder folder, string stem = "01") => folder.Write($"articles/{stem}.txt", """
        ---
        outlet: Test Wire
        published: 2024-03-14
        ---
        Spain renewed its claim to Gibraltar on Tuesday.
        """);

    private const string SpainClaims = """
        {"type": "StatementMade", "actor": "ESP", "speaker": null, "speakerRole": null, "territory": "gibraltar",
         "stance": "ClaimsSovereignty", "quote": null, "date": "2024-03-12", "precision": "day"}
        """;

    [Fact]
    public async Task A_set_folder_is_scored_with_its_optional_events_and_a_gold_id_nobody_knows_still_counts()
    {
        using var folder = new ArticleFolder();
        Passage(folder);
        folder.Write("gold/01.json", """
            [{"type": "ControlReported", "territory": "atlantis", "controller": "GBR", "extent": "full", "date": "2024-03-14", "precision": "day"}]
            """);
        folder.Write("optional/01.json", $"[{SpainClaims}]");

        var run = await Run("eval", folder.Root, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((0, 0, 1), (run.Json.GetProperty("overall").GetProperty("matched").GetInt32(),
            run.Json.GetProperty("overall").GetProperty("extracted").GetInt32(), run.Json.GetProperty("overall").GetProperty("gold").GetInt32()));
        Assert.Equal(1, run.Json.GetProperty("excusedByOptional").GetInt32());
        Assert.Contains("unknown territory id 'atlantis'", run.Error);
    }

    [Fact]
    public async Task Write_puts_each_articles_events_in_the_gold_shape_and_explain_names_the_sentence()
    {
        using var folder = new ArticleFolder();
        Passage(folder);
        folder.Write("gold/01.json", "[]");
        var written = Path.Combine(folder.Root, "out");

        var run = await Run("eval", folder.Root, "--write", written, "--explain");

        Assert.Equal(0, run.ExitCode);
        var events = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(written, "01.json"))).RootElement;
        var claim = Assert.Single(events.EnumerateArray());
        Assert.Equal(["type", "actor", "speaker", "speakerRole", "territory", "stance", "quote", "date", "precision"],
            claim.EnumerateObject().Select(p => p.Name));
        Assert.Contains("spurious  StatementMade 2024-03-12", run.Out);
        Assert.Contains("\"Spain renewed its claim to Gibraltar on Tuesday.\"", run.Out);
        Assert.Contains("stance confusion", run.Out);
    }

    [Fact]
    public async Task Only_and_skip_choose_the_stems_scored()
    {
        using var folder = new ArticleFolder();
        foreach (var stem in new[] { "101", "102", "103" })
        {
            Passage(folder, stem);
            folder.Write($"gold/{stem}.json", $"[{SpainClaims}]");
        }

        var run = await Run("eval", folder.Root, "--only", "101-102", "--skip", "102", "--json");

        Assert.Equal(["101"], run.Json.GetProperty("perArticle").EnumerateArray().Select(a => a.GetProperty("article").GetString()));
    }
}
