using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>Rough clause limits: enough to keep "as Russian and U.S. officials met" apart from what precedes it.</summary>
public static class Clauses
{
    private static readonly HashSet<string> Openers = ["as", "while", "when", "whereas", "although", "though", "but", "and", "that", "which", "who", "after", "before", "following", "since"];
    private static readonly HashSet<string> Breaks = [",", ";", ":", "-", "(", ")"];

    public static (int Start, int End) Around(Reading r, int first, int end, bool breakOnAnd = false)
    {
        var start = first;
        while (start > 0 && !IsBoundary(r, start - 1, breakOnAnd) && !QuoteChanges(r, start - 1, first)) start--;
        var stop = end;
        while (stop < r.Tokens.Count && !IsBoundary(r, stop, breakOnAnd) && !QuoteChanges(r, stop, first)) stop++;
        return (start, stop);
    }

    /// <summary>
    /// "the annexation of the Donetsk, Luhansk and Kherson regions", "British, French and German officials": a clause
    /// runs on past the commas of a list. <paramref name="nextItem"/> gives, for a comma between two items, where the next begins.
    /// </summary>
    public static int ThroughList(Reading r, int stop, Func<int, int?> nextItem)
    {
        // Only onwards: a name with a comma inside ("the Foreign, Commonwealth and Development Office") is one item on
        // both sides of its comma, and going back to its start would go round for ever.
        while (stop + 1 < r.Tokens.Count && r.Tokens[stop].Lower == "," && nextItem(stop) is { } next && next > stop
               && Around(r, next, next + 1).End is var end && end > stop)
            stop = end;
        return stop;
    }

    private static bool IsBoundary(Reading r, int i, bool breakOnAnd)
    {
        var word = r.Tokens[i].Lower;
        // A dash breaks a clause; the hyphen of "Ying-jeou" or "Moscow-installed" does not.
        if (word == "-") return i == 0 || r.Tokens[i].Start > r.Tokens[i - 1].End;
        if (Breaks.Contains(word) || word == ".") return true;
        return Openers.Contains(word) && (breakOnAnd || word is not ("and" or "but"));
    }

    private static bool QuoteChanges(Reading r, int i, int anchor) =>
        r.Tokens[i].Kind == TokenKind.QuoteMark || r.QuoteOf[i] != r.QuoteOf[anchor];
}
