namespace PositionTracker.Extraction.Tests;

/// <summary>A file or folder of the repository, found upwards from where the tests run.</summary>
public static class RepositoryPath
{
    public static string Of(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relative);
            if (File.Exists(path) || Directory.Exists(path)) return path;
        }
        throw new FileNotFoundException($"no {relative} above {AppContext.BaseDirectory}");
    }
}
