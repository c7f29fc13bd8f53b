using PositionTracker.Domain.Articles;

namespace PositionTracker.Ingesting;

/// <summary>Finds the article files named on the command line and the gold annotation beside each.</summary>
public static class ArticleFiles
{
    public const string Extension = ".txt";

    /// <summary>
    /// Files given by name are always tried; inside folders, every *.txt file is an article. Anything that is
    /// not a regular file (a pipe, a device, a socket, a symlink loop) is refused by name with its kind.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<RejectedFile> Refused) Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var refused = new List<RejectedFile>();
        var searched = new HashSet<(ulong, ulong)>();
        foreach (var path in paths)
        {
            var kind = PathKind.Of(path);
            switch (kind.Kind)
            {
                case PathKinds.RegularFile: files.Add(path); break;
                case PathKinds.Folder: Search(path, kind, searched, files, refused); break;
                default: refused.Add(Refusal(path, kind)); break;
            }
        }
        return (files.Distinct().ToList(), refused);
    }

    private static void Search(string folder, PathKind kind, HashSet<(ulong, ulong)> searched, List<string> files, List<RejectedFile> refused)
    {
        // Directory.EnumerateFiles follows symlinked folders without end; each folder is searched once here.
        if (!searched.Add(kind.Identity))
        {
            refused.Add(new RejectedFile(folder, "is a symlink loop: it leads back to a folder already searched; skipped"));
            return;
        }
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            refused.Add(new RejectedFile(folder, $"could not be searched: {e.Message}"));
            return;
        }
        foreach (var entry in entries)
        {
            var entryKind = PathKind.Of(entry);
            var article = entry.EndsWith(Extension, StringComparison.Ordinal);
            switch (entryKind.Kind)
            {
                case PathKinds.Folder: Search(entry, entryKind, searched, files, refused); break;
                case PathKinds.RegularFile when article: files.Add(entry); break;
                case PathKinds.Loop:
                case PathKinds.Special or PathKinds.BrokenLink or PathKinds.Unreachable when article:
                    refused.Add(Refusal(entry, entryKind)); break;
            }
        }
    }

    private static RejectedFile Refusal(string path, PathKind kind) => new(path,
        kind.Kind is PathKinds.Missing ? kind.Description : $"is {kind.Description}, not a regular file; skipped");

    /// <summary>
    /// The file's bytes, never more than the article limit and one byte: the size on disk may be wrong (a file
    /// that grows as it is read), so the limit holds on what is read.
    /// </summary>
    public static async Task<byte[]> ReadAsync(string file, CancellationToken token)
    {
        var kind = PathKind.Of(file);
        if (kind.Kind != PathKinds.RegularFile) throw new ArticleRejected(Refusal(file, kind).Reason);
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        ArticleFile.CheckSize(stream.Length);
        var bytes = await ReadAtMostAsync(stream, token);
        ArticleFile.CheckSize(bytes.Length);
        return bytes;
    }

    /// <summary>
    /// At most the article limit and one byte of a stream, a file's or a request's: one byte over is enough to refuse,
    /// and a body that declares no length (chunked) or a file that misreports its size is never read further.
    /// </summary>
    public static async Task<byte[]> ReadAtMostAsync(Stream stream, CancellationToken token)
    {
        const int limit = ArticleFile.MaxBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (buffer.Length < limit && await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), token) is var read and > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
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
