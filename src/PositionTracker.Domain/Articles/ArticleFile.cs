using System.Globalization;
using System.Text;
using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Articles;

/// <summary>A file that is not a usable article; the message says what is wrong and where.</summary>
public sealed class ArticleRejected(string message) : Exception(message);

/// <summary>
/// Reads the article file format of ANNOTATION.md: a '---' header of "key: value" lines, then the body.
/// The header is not YAML: a value is everything after the first colon, quotes and colons included.
/// </summary>
public static class ArticleFile
{
    /// <summary>The one limit on an article, whichever way it comes (file, HTTP body with or without a length).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public static string Limit => $"{MaxBytes / (1024 * 1024)} MiB";
    private const string Fence = "---";

    /// <param name="today">The caller's today: a publication date may lie at most one day after it.</param>
    public static Article Parse(ReadOnlySpan<byte> bytes, DateOnly today) => Parse(Decode(bytes), today);

    /// <summary>Checked before reading, so that a huge file is refused without being loaded.</summary>
    public static void CheckSize(long bytes)
    {
        if (bytes > MaxBytes)
            throw new ArticleRejected(
                $"is over the {Limit} limit for one article ({bytes:N0} bytes or more); split it or trim its boilerplate");
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        CheckSize(bytes.Length);
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new ArticleRejected($"is binary, not text (a NUL byte at offset {nul}); articles are UTF-8 text files");
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleRejected($"is not valid UTF-8 text (bad bytes at offset {e.Index}); save it as UTF-8");
        }
    }

    public static Article Parse(string text, DateOnly today)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) throw new ArticleRejected("is empty");
        if (lines[first].Trim() != Fence)
            throw new ArticleRejected(
                $"has no header: line {first + 1} should be '---', followed by lines like 'published: 2017-02-15' and a closing '---'");

        var close = Array.FindIndex(lines, first + 1, l => l.Trim() == Fence);
        if (close < 0) throw new ArticleRejected($"header opened on line {first + 1} is never closed by a '---' line");

        var header = ReadHeader(lines, first + 1, close);
        var body = string.Join('\n', lines.Skip(close + 1)).Trim();
        if (body.Length == 0) throw new ArticleRejected("has an empty body: there is no text after the header");

        var published = RequirePublished(header, lines, first + 1, close, today);
        var metadata = header
            .Where(kv => kv.Key is not ("outlet" or "title" or "url" or "published"))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        return new Article(Value(header, "outlet"), Value(header, "title"), published, Value(header, "url"), metadata, body);
    }

    private static Dictionary<string, string> ReadHeader(string[] lines, int from, int to)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = from; i < to; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var colon = lines[i].IndexOf(':');
            if (colon <= 0)
                throw new ArticleRejected($"header line {i + 1} is not 'key: value': \"{Clip(lines[i])}\"");
            var key = lines[i][..colon].Trim().ToLowerInvariant();
            if (!header.TryAdd(key, lines[i][(colon + 1)..].Trim()))
                throw new ArticleRejected($"header line {i + 1} repeats the key '{key}'");
        }
        return header;
    }

    private static DateOnly RequirePublished(Dictionary<string, string> header, string[] lines, int from, int to, DateOnly today)
    {
        if (!header.TryGetValue("published", out var text) || text.Length == 0)
            throw new ArticleRejected(
                $"has no published date: add 'published: YYYY-MM-DD' to the header (lines {from}-{to + 1})");
        var line = Array.FindIndex(lines, from, to - from, l => l.IndexOf(':') is > 0 and var colon
            && l[..colon].Trim().Equals("published", StringComparison.OrdinalIgnoreCase)) + 1;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new ArticleRejected($"header line {line}: published '{Clip(text)}' is not a date (expected YYYY-MM-DD)");
        if (PlausibleDates.PublicationProblem(date, today) is { } problem)
            throw new ArticleRejected($"header line {line}: published {problem}");
        return date;
    }

    private static string? Value(Dictionary<string, string> header, string key) =>
        header.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
