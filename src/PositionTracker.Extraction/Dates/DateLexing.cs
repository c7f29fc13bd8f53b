namespace PositionTracker.Extraction.Dates;

/// <summary>
/// Lexes text into date tokens from a point where one begins: runs of letters, numbers read whole, and every other
/// character a mark of its own. <see cref="DateTokens"/> uses it where the shared tokens are too coarse for dates.
/// </summary>
internal struct DateLexing(string text, int start, int end, DateToken[] tokens)
{
    public DateToken[] Tokens { get; private set; } = tokens;
    public int Count { get; private set; }

    /// <summary>The token that begins at <paramref name="i"/> (or the space there); returns where it ends.</summary>
    public int Next(int i)
    {
        var c = text[i];
        if (char.IsAsciiDigit(c)) return Number(i);
        if (char.IsLetter(c))
        {
            var j = i + 1;
            while (j < end && char.IsLetter(text[j])) j++;
            Word(i, j);
            return j;
        }
        if (!char.IsWhiteSpace(c)) Mark(i);
        return i + 1;
    }

    public void Word(int i, int j)
    {
        var (lex, value) = DateLexicon.Classify(text.AsSpan(i, j - i));
        Add() = new DateToken { Start = i, End = j, Kind = DateTokenKind.Word, Lex = lex, Value = value, Upper = char.IsUpper(text[i]) };
    }

    public void Mark(int i) =>
        Add() = new DateToken { Start = i, End = i + 1, Kind = DateTokenKind.Punct, Ch = text[i] };

    private ref DateToken Add()
    {
        if (Count == Tokens.Length)
        {
            var grown = Tokens;
            Array.Resize(ref grown, Count * 2);
            Tokens = grown;
        }
        return ref Tokens[Count++];
    }

    private int Number(int i)
    {
        var j = i;
        var v = 0;
        while (j < end && char.IsAsciiDigit(text[j]))
        {
            if (j - i < 9) v = v * 10 + (text[j] - '0');
            j++;
        }
        var digits = j - i;
        var complex = i > start && char.IsLetter(text[i - 1]);
        var ordinal = false;
        while (j + 1 < end)
        {
            var c = text[j];
            if (c == ',' && char.IsAsciiDigit(text[j + 1]))
            {
                // A thousands group has exactly three digits: "2,014" is a count, "17,2014" a day and a year.
                var k = j + 1;
                while (k < end && char.IsAsciiDigit(text[k])) k++;
                if (k - j - 1 != 3) break;
                complex = true;
                j = k;
                continue;
            }
            if (c is '.' or ':' && char.IsAsciiDigit(text[j + 1]))
            {
                var k = j + 1;
                while (k < end && char.IsAsciiDigit(text[k])) k++;
                complex = true;
                j = k;
                continue;
            }
            break;
        }
        if (j < end && char.IsLetter(text[j]))
        {
            var k = j;
            while (k < end && char.IsLetter(text[k])) k++;
            if (!complex && k - j == 2 && IsOrdinalSuffix(text[j], text[j + 1]) && (k == end || !char.IsLetterOrDigit(text[k])))
            {
                ordinal = true;
                j = k;
            }
            else
            {
                complex = true;
                while (k < end && char.IsLetterOrDigit(text[k])) k++;
                j = k;
            }
        }
        Add() = new DateToken { Start = i, End = j, Kind = DateTokenKind.Number, Value = v, Digits = digits, Ordinal = ordinal, Complex = complex };
        return j;
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = char.ToLowerInvariant(a);
        b = char.ToLowerInvariant(b);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }
}
