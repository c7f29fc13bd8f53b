using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Domain.Tests.Annotations;

/// <summary>The seed articles and their gold files are valid input for the tracker.</summary>
public class SeedGoldTests
{
    private static string Seeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds", "gold"))) return Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("no seeds/ folder above the test assembly");
    }

    public static TheoryData<string> Stems() =>
        new(Directory.GetFiles(Path.Combine(Seeds(), "articles"), "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>());

    [Theory]
    [MemberData(nameof(Stems))]
    public void Each_seed_article_parses_with_its_gold_events(string stem)
    {
        var submission = Submission.FromGold(ArticleFile.Parse(File.ReadAllBytes(Path.Combine(Seeds(), "articles", stem + ".txt")), TestData.Today),
            stem + ".txt", File.ReadAllText(Path.Combine(Seeds(), "gold", stem + ".json")), Gazetteer.Default, TestData.Today);

        Assert.NotNull(submission.Article.Outlet);
        Assert.NotEmpty(submission.Events);
        Assert.All(submission.Events, e => Assert.Equal(submission.Article.Id, e.Source.Article));
        Assert.All(submission.Events, e => Assert.True(e.Date.Start <= submission.Article.Published));
    }
}
