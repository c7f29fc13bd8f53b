using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Dates;

/// <summary>
/// Finds date expressions in English news text and resolves them against the publication date:
/// weekdays ("on Wednesday"), month and day ("Feb. 26"), full dates ("March 17, 2014", "2014-03-17"),
/// months ("in late January", "last September"), years ("since 2014"), dates relative to publication
/// ("yesterday", "last week", "three years ago") and phrases anchored on another date in the same text
/// ("a day after", "months after").
/// </summary>
/// <remarks>
/// Month names count only capitalized and only with a day, a year or a cue word ("in", "last", "early",
/// "mid-", "since", "until", "by", "of", "during", ...), so "Russia may respond" and "troops march on" find
/// nothing. Weekday names count capitalized, or lowercase right after a cue ("on monday").
/// A sentence without a digit and without a month, weekday or time word is rejected by a single cheap scan.
/// The finder is thread-safe: each thread reuses its own scratch buffers.
/// </remarks>
public static class DateFinder
{
    /// <summary>
    /// Every date expression in <paramref name="text"/> (one sentence, usually), resolved against the
    /// publication date. Start/Length are character offsets into <paramref name="text"/> and cover the whole
    /// expression. Results are ordered by Start and never overlap.
    /// </summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MightHoldDate(text) ? DateScanner.Instance.Run(text, 0, text.Length, Tokens.Of(text), published) : [];
    }

    /// <summary>
    /// The date expressions of one sentence of <paramref name="body"/>, read from its <paramref name="tokens"/>: as
    /// <see cref="Find(string, DateOnly)"/> on the sentence's text, offsets counted from the sentence's start.
    /// </summary>
    internal static IReadOnlyList<DateMention> Find(string body, TextSpan sentence, List<Token> tokens, DateOnly published) =>
        MightHoldDate(body.AsSpan(sentence.Start, sentence.Length))
            ? DateScanner.Instance.Run(body, sentence.Start, sentence.End, tokens, published)
            : [];

    /// <summary>
    /// The pre-check: true when the text has a digit or a word that can start a date expression. Costs one pass
    /// over the characters and a hash lookup for each word of three to nine letters; allocates nothing.
    /// </summary>
    internal static bool MightHoldDate(ReadOnlySpan<char> text)
    {
        var len = text.Length;
        var i = 0;
        while (i < len)
        {
            var c = text[i];
            if (c < 128)
            {
                if (char.IsAsciiDigit(c)) return true;
                if (!char.IsAsciiLetter(c)) { i++; continue; }
            }
            else if (!char.IsLetter(c)) { i++; continue; }

            var j = i + 1;
            while (j < len && char.IsLetter(text[j])) j++;
            if (j - i is >= 3 and <= 9 && DateLexicon.IsTrigger(text.Slice(i, j - i), char.IsUpper(c))) return true;
            i = j;
        }
        return false;
    }
}
