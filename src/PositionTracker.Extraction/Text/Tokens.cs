namespace PositionTracker.Extraction.Text;

public enum TokenKind { Word, Number, Punctuation, QuoteMark }

/// <summary>A word or mark of the body: where it is, and its lower-case form for matching.</summary>
public readonly record struct Token(int Start, int Length, string Lower, TokenKind Kind, bool Capitalized)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into words, numbers and marks, in the manner of the Penn Treebank: "Russia's" is
/// "Russia" + "'s", "don't" is "do" + "n't", "non-negotiable" is "non" + "-" + "negotiable", while
/// "U.S." stays one word. Curly apostrophes read as straight ones.
/// </summary>
public static class Tokens
{
    public static List<Token> Of(string text, TextSpan span) => Of(text, span.Start, span.End);

    public static List<Token> Of(string text, int start = 0, int? end = null)
    {
        var stop = end ?? text.Length;
        var tokens = new List<Token>(Math.Max(8, (stop - start) / 4));
        var i = start;
        while (i < stop)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetter(c)) { i = Word(text, i, stop, tokens); continue; }
            if (char.IsDigit(c)) { i = Number(text, i, stop, tokens); continue; }
            if (c is '\'' or '’' && i + 1 < stop && (text[i + 1] is 's' or 'S') && (i + 2 >= stop || !char.IsLetter(text[i + 2])))
            {
                tokens.Add(new Token(i, 2, "'s", TokenKind.Word, false));
                i += 2;
                continue;
            }
            var kind = c is '"' or '“' or '”' ? TokenKind.QuoteMark : TokenKind.Punctuation;
            tokens.Add(new Token(i, 1, c switch { '’' or '‘' => "'", '“' or '”' => "\"", '–' or '—' => "-", _ => Lower(text.AsSpan(i, 1)) }, kind, false));
            i++;
        }
        return tokens;
    }

    private static int Word(string text, int i, int stop, List<Token> tokens)
    {
        var start = i;
        while (i < stop && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i, stop) || IsAcronymDot(text, i, start, stop))) i++;
        var end = i;
        var word = text.AsSpan(start, end - start);
        // Contractions split the way the lexicon is written: "don't" -> "do" "n't", "we'll" -> "we" "'ll".
        var contraction = word.Length >= 3 && word[^1] is 't' or 'T' && word[^2] is '\'' or '’' && word[^3] is 'n' or 'N';
        var n = contraction ? (word.Length > 3 ? word.Length - 3 : word.Length)
            : word.LastIndexOfAny('\'', '’') is var apostrophe and > 0 ? apostrophe : word.Length;
        tokens.Add(new Token(start, n, Lower(word[..n]), TokenKind.Word, char.IsUpper(word[0])));
        if (n < word.Length) tokens.Add(new Token(start + n, word.Length - n, Lower(word[n..]), TokenKind.Word, false));
        return end;
    }

    [ThreadStatic] private static Dictionary<string, string>? _words;

    /// <summary>
    /// The lower-case form, curly apostrophes straightened, as one shared string per word: a page repeats its words,
    /// and every sentence read allocating them again was most of the extractor's garbage.
    /// </summary>
    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++) lower[k] = word[k] == '’' ? '\'' : char.ToLowerInvariant(word[k]);
        var words = _words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var known)) return known;
        var made = new string(lower);
        if (words.Count < MaxWords) words[made] = made;
        return made;
    }

    private const int MaxWords = 200_000;

    private static int Number(string text, int i, int stop, List<Token> tokens)
    {
        var start = i;
        while (i < stop && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < stop && char.IsDigit(text[i + 1])))) i++;
        while (i < stop && char.IsLetter(text[i])) i++; // 15th, 16x9, 3km
        tokens.Add(new Token(start, i - start, Lower(text.AsSpan(start, i - start)), TokenKind.Number, false));
        return i;
    }

    private static bool IsInnerApostrophe(string text, int i, int stop) =>
        text[i] is '\'' or '’' && i + 1 < stop && char.IsLetter(text[i + 1]) && !(text[i + 1] is 's' or 'S' && (i + 2 >= stop || !char.IsLetter(text[i + 2])));

    /// <summary>"U.S." and "D.C." keep their dots: a dot between single letters, or after one that follows a dot.</summary>
    private static bool IsAcronymDot(string text, int i, int start, int stop) =>
        text[i] == '.' && i - start >= 1 && char.IsUpper(text[i - 1]) && (i - 1 == start || text[i - 2] == '.')
        && ((i + 1 < stop && char.IsUpper(text[i + 1]) && (i + 2 >= stop || text[i + 2] == '.')) || (i >= 2 && text[i - 2] == '.'));
}
