namespace PositionTracker.Extraction.Dates;

// Words to the left of a date that widen it or set it relative to publication.
internal sealed partial class DateScanner
{
    /// <summary>"last", "this", "next", "this coming", "coming", "this past" right before the head word.</summary>
    private (DateRel DateRel, int Start) LeftRel(int i, int lo, bool allowComing)
    {
        var j = i - 1;
        if (j < lo || tokens[j].Kind != DateTokenKind.Word) return (DateRel.None, i);
        switch (tokens[j].Lex)
        {
            case DateLex.Last: return (DateRel.Last, j);
            case DateLex.Next: return (DateRel.Next, j);
            case DateLex.This: return (DateRel.This, j);
            case DateLex.Coming when allowComing:
                return j - 1 >= lo && IsWord(j - 1, DateLex.This) ? (DateRel.Next, j - 1) : (DateRel.Next, j);
            case DateLex.Past when j - 1 >= lo && IsWord(j - 1, DateLex.This):
                return (DateRel.Last, j - 1);
            default: return (DateRel.None, i);
        }
    }

    /// <summary>
    /// Widens a mention leftward over "on" (days), "in" (months, years), "since", "until", "by", "during", "early", "late", "mid-",
    /// "earlier", "later", "overnight", "the end of", "the summer of", "the night of" (never past <paramref name="lo"/>).
    /// </summary>
    private int AbsorbLeft(int start, int lo, DateLex preposition, out bool later)
    {
        // Right to left: modifiers ("mid-", "early", "the end of"), then at most one preposition, then at most one
        // adverb ("earlier", "later", "late", "overnight"): "earlier on Wednesday", "until late January".
        later = false;
        var s0 = start;
        var tookPreposition = false;
        var tookAdverb = false;
        while (s0 - 1 >= lo && !tookAdverb)
        {
            var j = s0 - 1;
            if (tokens[j].Kind == DateTokenKind.Punct)
            {
                if (!tookPreposition && IsDash(tokens[j].Ch) && Touching(j, s0) && j - 1 >= lo && IsWord(j - 1, DateLex.Mid) && Touching(j - 1, j))
                {
                    s0 = j - 1;
                    continue;
                }
                break;
            }
            if (tokens[j].Kind != DateTokenKind.Word) break;
            var lex = tokens[j].Lex;
            if (lex is DateLex.Mid or DateLex.Early or DateLex.Late && !tookPreposition)
            {
                s0 = j;
                continue;
            }
            // "the end of March", "the summer of 2014", "the night of March 5"
            if (lex == DateLex.Of && !tookPreposition && j - 1 >= lo
                && (IsWord(j - 1, DateLex.Edge) || IsWord(j - 1, DateLex.Season) || preposition == DateLex.On && IsWord(j - 1, DateLex.PartOfDay)))
            {
                s0 = j - 1;
                if (s0 - 1 >= lo && IsWord(s0 - 1, DateLex.The)) s0--;
                continue;
            }
            // "on" goes with days ("on Wednesday", "on March 5"), "in" with months and years ("in March", "in 2014"),
            // neither with "yesterday" or "last night" (preposition None).
            if (!tookPreposition && (lex is DateLex.Since or DateLex.Until or DateLex.By or DateLex.During
                || lex == preposition && lex is DateLex.On or DateLex.In))
            {
                tookPreposition = true;
                s0 = j;
                continue;
            }
            if (lex is DateLex.Earlier or DateLex.Later or DateLex.Late or DateLex.Early or DateLex.Overnight)
            {
                later = lex == DateLex.Later;
                tookAdverb = true;
                s0 = j;
                continue;
            }
            break;
        }
        return s0;
    }

    private int AbsorbLeft(int start, int lo, DateLex preposition) => AbsorbLeft(start, lo, preposition, out _);

    /// <summary>A bare month name counts only after a cue word: "in", "since", "until", "by", "of", "during", "early", "late", "mid-".</summary>
    private bool HasMonthCue(int i, int lo)
    {
        var j = i - 1;
        if (j < lo) return false;
        if (tokens[j].Kind == DateTokenKind.Punct)
            return IsDash(tokens[j].Ch) && Touching(j, i) && j - 1 >= lo && IsWord(j - 1, DateLex.Mid) && Touching(j - 1, j);
        return tokens[j].Kind == DateTokenKind.Word && tokens[j].Lex is DateLex.In or DateLex.Since or DateLex.Until or DateLex.By or DateLex.Of
            or DateLex.During or DateLex.Early or DateLex.Late or DateLex.Mid;
    }
}
