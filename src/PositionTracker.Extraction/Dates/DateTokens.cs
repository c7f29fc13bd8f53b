using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Dates;

/// <summary>
/// The date finder's tokens, read off the shared <see cref="Token"/>s. A word of letters alone and a mark are taken as
/// they are; the rest is lexed again here (<see cref="DateLexing"/>), because dates need finer pieces than the rest of
/// the extractor: a number's value, digit count and ordinal suffix, "17,2014" as a day and a year where "2,014" is one
/// count, "5:30" and "16x9" as one number that is never a day, and letters cut from digits and apostrophes ("F16" is
/// a word and a number that follows a letter, so "F16 2014" is no year).
/// </summary>
internal static class DateTokens
{
    /// <summary>
    /// Fills <paramref name="into"/> with the date tokens of <paramref name="text"/> between <paramref name="start"/>
    /// and <paramref name="end"/>, whose shared tokens are <paramref name="shared"/>; returns how many there are.
    /// </summary>
    public static int Read(string text, int start, int end, List<Token> shared, ref DateToken[] into)
    {
        var lexer = new DateLexing(text, start, end, into);
        // Date tokens end at `at` so far. Lexing again can run past a shared token ("5:30" is three of them) or stop
        // inside one ("didn't" is "didn" "'" "t" here, "did" "n't" there), so it always resumes from `at`.
        var at = start;
        for (var k = 0; k < shared.Count; k++)
        {
            var token = shared[k];
            if (token.End <= at) continue;
            if (token.Start >= at && token.Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
                lexer.Mark(token.Start);
            else if (token.Start >= at && IsLettersAlone(text, token, end))
                lexer.Word(token.Start, token.End);
            else
            {
                var i = Math.Max(at, token.Start);
                while (i < token.End) i = lexer.Next(i);
                at = i;
                continue;
            }
            at = token.End;
        }
        into = lexer.Tokens;
        return lexer.Count;
    }

    /// <summary>A shared word that is a date word as it stands: letters only, and no letter right after it.</summary>
    private static bool IsLettersAlone(string text, Token token, int end)
    {
        if (token.Kind != TokenKind.Word || (token.End < end && char.IsLetter(text[token.End]))) return false;
        for (var i = token.Start; i < token.End; i++)
            if (!char.IsLetter(text[i])) return false;
        return true;
    }
}
