namespace PositionTracker.Ingesting;

/// <summary>Finds the article files named on the command line and the gold annotation beside each.</summary>
public static class ArticleFiles
{
    public const string Extension = ".txt";

    /// <summary>Files given by name are always tried; inside folders, every *.txt file is an article.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<RejectedFile> Missing) Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<RejectedFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*" + Extension, SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal));
            else missing.Add(new RejectedFile(path, "no such file or folder"));
        }
        return (files.Distinct().ToList(), missing);
    }

    /// <summary>
    /// The curated annotation for articles/NAME.txt: NAME.json beside it, or gold/NAME.json in the folder
    /// beside the article's folder (the layout of seeds/), or in a gold/ folder inside it.
    /// </summary>
    public static string? GoldFor(string articleFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(articleFile))!;
        var name = Path.GetFileNameWithoutExtension(articleFile) + ".json";
        string?[] candidates =
        [
            Path.Combine(folder, name),
            Path.GetDirectoryName(folder) is { } parent ? Path.Combine(parent, "gold", name) : null,
            Path.Combine(folder, "gold", name),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }
}
