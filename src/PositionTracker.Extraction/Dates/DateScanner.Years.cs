using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

// Years: "in 2014", "the summer of 2014"; and when a four-digit number is a count or an identifier instead.
internal sealed partial class DateScanner
{
    private bool TryYear(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!YearOk(i, standalone: true)) return false;
        var ts = i;
        // "summer 2014", "in the summer of 2014" ("of" is taken by AbsorbLeft).
        if (i - 1 >= lo && IsWord(i - 1, DateLex.Season))
        {
            ts = i - 1;
            if (ts - 1 >= lo && IsWord(ts - 1, DateLex.The)) ts--;
        }
        r = Make(AbsorbLeft(ts, lo, DateLex.In), i + 1, PartialDate.OfYear(tokens[i].Value));
        return true;
    }

    private bool IsPlainYear(int i) =>
        i >= 0 && i < tokenCount && tokens[i].Kind == DateTokenKind.Number && !tokens[i].Complex && !tokens[i].Ordinal && tokens[i].Digits == 4
        && (tokens[i].Value is >= 1900 and <= 2099 || (tokens[i].Value is >= 1500 and < 1900 && HistoricYearContext(i)));

    /// <summary>"in 1713", "since 1833", "the war of 1812": an older year only where a preposition makes it one.</summary>
    private bool HistoricYearContext(int i) =>
        i > 0 && tokens[i - 1].Kind == DateTokenKind.Word && tokens[i - 1].Lex is DateLex.In or DateLex.Since or DateLex.Until or DateLex.By or DateLex.Of;

    /// <summary>A counted noun or a percent sign after a number makes it a quantity, not a day or a year.</summary>
    private bool QuantityFollows(int k)
    {
        if (k >= tokenCount) return false;
        if (tokens[k].Kind == DateTokenKind.Word)
            return tokens[k].Lex == DateLex.UnitNoun || tokens[k].Lex == DateLex.Unit && (tokens[k].Value & 1) == 1;
        if (tokens[k].Kind != DateTokenKind.Punct || !Touching(k - 1, k)) return false;
        if (tokens[k].Ch == '%') return true;
        return IsDash(tokens[k].Ch) && k + 1 < tokenCount && Touching(k, k + 1) && tokens[k + 1].Kind == DateTokenKind.Word
            && tokens[k + 1].Lex is DateLex.UnitNoun or DateLex.Unit;
    }

    /// <summary>
    /// A four-digit year 1900-2099 (or older, after "in", "since"...) that is not part of a longer number ("2014-15", "555-2014", "2014/15"),
    /// an identifier ("Resolution 2014", "No. 2014", "#2014") or a quantity ("2014 people", "some 2000").
    /// <paramref name="standalone"/>: no month or day before it, so a number beside it also disqualifies it.
    /// </summary>
    private bool YearOk(int i, bool standalone)
    {
        if (!IsPlainYear(i)) return false;
        var a = i - 1;
        if (a >= 0)
        {
            ref readonly var pa = ref tokens[a];
            if (pa.Kind == DateTokenKind.Punct)
            {
                var c = pa.Ch;
                if (Touching(a, i))
                {
                    if (c is '#' or '$' or '£' or '€' or '¥' or '+' or '/' or '\\' or '№') return false;
                    if (IsDash(c) && a - 1 >= 0 && tokens[a - 1].Kind == DateTokenKind.Number && Touching(a - 1, a) && !IsPlainYear(a - 1))
                        return false;
                }
                if (c == '.' && a - 1 >= 0 && IsWord(a - 1, DateLex.NumPrefix)) return false;
            }
            else if (standalone)
            {
                if (pa.Kind == DateTokenKind.Number) return false;
                if (pa.Lex == DateLex.Quantity || pa.Lex == DateLex.NumPrefix && pa.Value == 0) return false;
            }
        }
        var b = i + 1;
        if (b < tokenCount)
        {
            ref readonly var nb = ref tokens[b];
            if (nb.Kind == DateTokenKind.Punct && Touching(i, b))
            {
                if (nb.Ch is '/' or '\\') return false;
                if (IsDash(nb.Ch) && b + 1 < tokenCount && Touching(b, b + 1) && tokens[b + 1].Kind == DateTokenKind.Number && !IsPlainYear(b + 1))
                    return false;
            }
            if (standalone && nb.Kind == DateTokenKind.Number) return false;
            if (QuantityFollows(b)) return false;
        }
        return true;
    }
}
