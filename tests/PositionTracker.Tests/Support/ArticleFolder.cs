namespace PositionTracker.Tests.Support;

/// <summary>
/// A folder of the test's own, laid out like seeds/ (articles/NAME.txt beside gold/NAME.json) when the test
/// wants that, and deleted afterwards.
/// </summary>
public sealed class ArticleFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("pt-articles-").FullName;

    public string Articles => Path.Combine(Root, "articles");

    public string Gold => Path.Combine(Root, "gold");

    /// <summary>Writes a file at a path relative to the folder and returns its full path.</summary>
    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>An article with its curated events (a JSON array in the gold format); returns the article's path.</summary>
    public string Annotated(string name, string article, string gold)
    {
        Write($"gold/{name}.json", gold);
        return Write($"articles/{name}.txt", article);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
