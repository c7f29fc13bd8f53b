namespace PositionTracker.Extraction.Dates;

// Phrases to be dated from another date in the text: "a day after", "two years later", "the next day".
internal sealed partial class DateScanner
{
    /// <summary>The word after a counted unit: "after", "before" (prepositions, or adverbs at a clause end), "later", "earlier", "afterwards".</summary>
    private bool TryAnchoredTail(int ts, int k, DateUnit unit, int count, out DateDraft r)
    {
        r = default;
        int sign;
        bool adverbial;
        if (IsWord(k, DateLex.After) || IsWord(k, DateLex.Before))
        {
            sign = tokens[k].Lex == DateLex.After ? 1 : -1;
            adverbial = IsClauseEnd(k + 1);
        }
        else if (IsWord(k, DateLex.Later) || IsWord(k, DateLex.Afterwards)) { sign = 1; adverbial = true; }
        else if (IsWord(k, DateLex.Earlier)) { sign = -1; adverbial = true; }
        else return false;
        if (count > 500) return false;
        r = new DateDraft { Ts = ts, Te = k + 1, Pending = true, Unit = unit, Count = count, Sign = sign, Adverbial = adverbial };
        return true;
    }

    /// <summary>"the day after", "the day before yesterday", "the next day", "the following week", "the previous year".</summary>
    private bool TryThe(int i, out DateDraft r)
    {
        r = default;
        if (IsUnit(i + 1, DateUnit.Day, false))
        {
            if (IsWord(i + 2, DateLex.After) && IsWord(i + 3, DateLex.Tomorrow))
            {
                if (!CalendarSteps.TryAddDays(published, 2, out var twoOn)) return false;
                r = Make(i, i + 4, Day(twoOn), DateFlags.Future);
                return true;
            }
            if (IsWord(i + 2, DateLex.Before) && IsWord(i + 3, DateLex.Yesterday))
            {
                if (!CalendarSteps.TryAddDays(published, -2, out var twoBack)) return false;
                r = Make(i, i + 4, Day(twoBack));
                return true;
            }
            return TryAnchoredTail(i, i + 2, DateUnit.Day, 1, out r);
        }
        if ((IsWord(i + 1, DateLex.Following) || IsWord(i + 1, DateLex.Previous) || IsWord(i + 1, DateLex.Next)) && IsWord(i + 2, DateLex.Unit) && (tokens[i + 2].Value & 1) == 0)
        {
            var unit = (DateUnit)(tokens[i + 2].Value >> 1);
            if (unit == DateUnit.Hour || tokens[i + 1].Lex == DateLex.Next && unit != DateUnit.Day) return false; // "the next week" is often "the coming week"
            r = new DateDraft
            {
                Ts = i, Te = i + 3, Pending = true, Unit = unit, Count = 1, Adverbial = true,
                Sign = tokens[i + 1].Lex == DateLex.Previous ? -1 : 1,
            };
            return true;
        }
        return false;
    }

    /// <summary>"shortly after", "soon after", "shortly before", "shortly afterwards".</summary>
    private bool TryShortly(int i, out DateDraft r) => TryAnchoredTail(i, i + 1, DateUnit.Day, 0, out r);

    private bool IsClauseEnd(int k) =>
        k >= tokenCount || tokens[k].Kind == DateTokenKind.Punct && tokens[k].Ch is ',' or ';' or '.' or '!' or '?' or ')' or ':' or '\u2014';

    /// <summary>Comma, semicolon, colon, dash or a sentence-ending period between two tokens.</summary>
    private bool BoundaryBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != DateTokenKind.Punct) continue;
            switch (tokens[k].Ch)
            {
                case ',' or ';' or ':' or '!' or '?' or '\u2014':
                    return true;
                case '.':
                    // "Feb.", "U.S.", "Gen." are abbreviations, not sentence ends.
                    var prev = k - 1;
                    var abbreviation = prev >= 0 && Touching(prev, k) && tokens[prev].Kind == DateTokenKind.Word
                        && (tokens[prev].Lex == DateLex.MonthAbbr || tokens[prev].Upper && tokens[prev].End - tokens[prev].Start <= 3);
                    if (!abbreviation) return true;
                    break;
            }
        }
        return false;
    }
}
