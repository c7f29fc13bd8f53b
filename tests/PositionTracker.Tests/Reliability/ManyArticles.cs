using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Reliability;

/// <summary>A batch large enough to stop in the middle of: distinct articles, each with one curated statement.</summary>
public static class ManyArticles
{
    public static ArticleFolder Write(int count)
    {
        var folder = new ArticleFolder();
        for (var i = 1; i <= count; i++)
        {
            var published = new DateOnly(2020, 1, 1).AddDays(i);
            folder.Annotated($"{i:0000}", $"""
                ---
                outlet: Batch Wire
                published: {published:yyyy-MM-dd}
                ---
                Japan's foreign ministry said in statement {i} that the Kuril Islands are Japanese territory.
                """, $$"""
                [{"type": "StatementMade", "actor": "JPN", "speaker": null, "speakerRole": "foreign ministry",
                  "territory": "kuril-islands", "stance": "ClaimsSovereignty", "quote": null, "date": "{{published:yyyy-MM-dd}}", "precision": "day"}]
                """);
        }
        return folder;
    }

    /// <summary>"[12/300] file: outcome": the progress line of the given file number.</summary>
    public static Func<string, bool> Progress(int done) => line => line.StartsWith($"[{done}/", StringComparison.Ordinal);
}
