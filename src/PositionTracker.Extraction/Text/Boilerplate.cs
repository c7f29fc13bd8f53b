namespace PositionTracker.Extraction.Text;

/// <summary>
/// Tells the article's own text from what the page wraps around it: share widgets, "Read More", photo
/// captions, donation appeals, copyright and correction footers. Works paragraph by paragraph and never
/// edits the body, so offsets into it stay valid.
/// </summary>
public static class Boilerplate
{
    public sealed record Paragraph(TextSpan Span, bool IsBoilerplate, string? Why);

    private static readonly string[] Fragments =
    [
        "read more", "read entire article", "share this", "send a link to a friend", "accessibility links",
        "back to top", "other topics of interest", "all rights reserved", "copyright", "©", "reporting by",
        "editing by", "additional reporting", "photo)", "via reuters", "/pool", "getty images", "photo credit",
        "image caption", "click here", "sign up for", "subscribe to", "newsletter", "download the app",
        "alternate addresses", "remind me later", "advertisement", "breaking news", "a message from",
        "suggest a correction", "correction:", "this article has been updated", "an earlier version of this",
    ];

    private static readonly System.Buffers.SearchValues<string> FragmentSearch =
        System.Buffers.SearchValues.Create(Fragments, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] CaptionMarks = ["(l)", "(r)", "(c)", "(l-r)", "(r-l)", "(center)", "(left)", "(right)"];

    private static readonly System.Buffers.SearchValues<string> CaptionSearch =
        System.Buffers.SearchValues.Create(CaptionMarks, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] CaptionPrefixes = ["photo:", "photo caption:", "picture:", "map:", "graphic:", "video:", "image:"];

    /// <summary>Links to other stories: "· Inside the summit", "Also read: ...", "Related: ... | ...".</summary>
    private static readonly string[] LinkPrefixes =
        ["·", "•", "▸", "»", "also read", "read also", "related:", "related coverage", "see also", "more on this", "watch:", "listen:", "recommended:"];

    public static IReadOnlyList<Paragraph> Classify(string body, string? outlet)
    {
        var paragraphs = new List<Paragraph>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            var span = Trimmed(body, start, end);
            if (span.Length > 0)
            {
                var text = span.Of(body);
                var why = Why(text, outlet) ?? (seen.Add(text) ? null : "repeats an earlier line");
                paragraphs.Add(new Paragraph(span, why is not null, why));
            }
            start = end + 1;
        }
        return paragraphs;
    }

    private static string? Why(string text, string? outlet)
    {
        var words = CountWords(text);
        if (words <= 3 && !EndsLikeASentence(text)) return "a heading, link or widget";
        if (text.AsSpan().ContainsAny(FragmentSearch))
            return $"contains \"{Fragments.First(f => text.Contains(f, StringComparison.OrdinalIgnoreCase))}\"";
        if (text.AsSpan().ContainsAny(CaptionSearch)) return "a photo caption";
        if ((text.StartsWith('[') && text.TrimEnd().EndsWith(']')) || StartsWithAny(text, CaptionPrefixes)) return "a caption, map or video";
        if (words <= 5 && (text.EndsWith(" ago", StringComparison.OrdinalIgnoreCase) || text.Contains(" ago ", StringComparison.OrdinalIgnoreCase)))
            return "a timestamp";
        if (StartsWithAny(text, LinkPrefixes) || (text.Contains(" | ", StringComparison.Ordinal) && !EndsLikeASentence(text)))
            return "links to other stories";
        if (SpeaksOfItself(text, outlet)) return "the outlet speaking of itself";
        if (AddressesTheReader(text)) return "addresses the reader";
        return null;
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool SpeaksOfItself(string text, string? outlet)
    {
        if (outlet is not { Length: > 2 }) return false;
        if (text.StartsWith(outlet, StringComparison.OrdinalIgnoreCase)) return true;
        // "the Herald's reporters": the outlet's name with a possessive.
        for (var at = text.IndexOf(outlet, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(outlet, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + outlet.Length;
            if (after + 1 < text.Length && text[after] is '\'' or '’' && text[after + 1] is 's' or 'S') return true;
        }
        return false;
    }

    /// <summary>News prose speaks of others; "you" and "we" outside quotation marks speak to the reader.</summary>
    private static bool AddressesTheReader(string text)
    {
        var inQuote = false;
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c is '"' or '“' or '”') { inQuote = c == '“' || (c == '"' && !inQuote); wordStart = -1; continue; }
            if (char.IsLetter(c) || c == '\'' || c == '’') { if (wordStart < 0) wordStart = i; continue; }
            if (wordStart >= 0 && !inQuote && IsReaderWord(text.AsSpan(wordStart, i - wordStart))) return true;
            wordStart = -1;
        }
        return false;
    }

    private static readonly string[] ReaderWords = ["you", "your", "you're", "you’re", "we", "our", "us", "we're", "we’re"];

    /// <summary>"us" but not "US": the country is written in capitals.</summary>
    private static bool IsReaderWord(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6 || word[0] is not ('y' or 'Y' or 'w' or 'W' or 'o' or 'O' or 'u' or 'U')) return false;
        if (word.Length == 2 && char.IsUpper(word[0]) && char.IsUpper(word[1])) return false;
        foreach (var reader in ReaderWords)
            if (word.Equals(reader, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool EndsLikeASentence(string text) => text[^1] is '.' or '!' or '?' or '"' or '”' or ':';

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    private static TextSpan Trimmed(string body, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        while (end > start && char.IsWhiteSpace(body[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
