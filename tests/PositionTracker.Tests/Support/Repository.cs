namespace PositionTracker.Tests.Support;

/// <summary>Paths in this repository, found from wherever the tests run.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The curated seed articles (their gold beside them in seeds/gold); seeds/dev is the extractor's development set.</summary>
    public static string CuratedSeeds => Path.Combine(Seeds, "articles");

    public static string SeedArticle(string stem) => Path.Combine(Seeds, "articles", stem + ".txt");

    public static IReadOnlyList<string> SeedArticles =>
        Directory.GetFiles(Path.Combine(Seeds, "articles"), "*.txt").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PositionTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no PositionTracker.sln above {AppContext.BaseDirectory}");
    }
}
