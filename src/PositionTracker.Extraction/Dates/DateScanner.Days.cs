using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

// Days named in full: "March 17", "Feb. 26", "17 March 2014", "15th of February", "2014-03-17".
internal sealed partial class DateScanner
{
    private static int MaxDays(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);

    private bool IsDayNum(int i, int month) =>
        i >= 0 && i < tokenCount && tokens[i].Kind == DateTokenKind.Number && !tokens[i].Complex && tokens[i].Digits <= 2
        && tokens[i].Value >= 1 && tokens[i].Value <= MaxDays(month);

    /// <summary>"March 17", "Feb. 26", "February 15th", "March 17, 2014", "March 17 2014". Year is 0 when absent.</summary>
    private bool MonthFirst(int i, out int m, out int day, out int year, out int te)
    {
        m = day = year = 0;
        te = i;
        if (!IsMonthName(i)) return false;
        m = tokens[i].Value;
        var j = i + 1;
        if (tokens[i].Lex == DateLex.MonthAbbr && IsMark(j, '.') && Touching(i, j)) j++;
        if (!IsDayNum(j, m)) return false;
        day = tokens[j].Value;
        var k = j + 1;
        if (IsDayRangeEnd(k, m)) k += 2; // "March 10-11, 2013": the first day
        if (YearOk(k, false)) { year = tokens[k].Value; te = k + 1; }
        else if (IsMark(k, ',') && YearOk(k + 1, false)) { year = tokens[k + 1].Value; te = k + 2; }
        else if (QuantityFollows(k)) return false; // "in May 30 people died"
        else te = k;
        return year == 0 || day <= DateTime.DaysInMonth(year, m);
    }

    /// <summary>"17 March 2014", "15 February", "15th of February", "17 March, 2014".</summary>
    private bool DayFirst(int i, out int m, out int day, out int year, out int te, out bool viaOf)
    {
        m = day = year = 0;
        te = i;
        viaOf = false;
        if (i >= tokenCount || tokens[i].Kind != DateTokenKind.Number || tokens[i].Complex || tokens[i].Digits > 2 || tokens[i].Value is < 1 or > 31)
            return false;
        var j = i + 1;
        if (tokens[i].Ordinal && IsWord(j, DateLex.Of)) { j++; viaOf = true; }
        else if (IsDayRangeEnd(j, 12)) j += 2; // "10-11 March 2013": the first day
        if (!IsMonthName(j)) return false;
        m = tokens[j].Value;
        if (tokens[i].Value > MaxDays(m)) return false;
        day = tokens[i].Value;
        var k = j + 1;
        if (tokens[j].Lex == DateLex.MonthAbbr && IsMark(k, '.') && Touching(j, k)) k++;
        if (YearOk(k, false)) { year = tokens[k].Value; te = k + 1; }
        else if (IsMark(k, ',') && YearOk(k + 1, false)) { year = tokens[k + 1].Value; te = k + 2; }
        else te = k;
        return year == 0 || day <= DateTime.DaysInMonth(year, m);
    }

    /// <summary>"-11" right after a day: the end of a range of days.</summary>
    private bool IsDayRangeEnd(int k, int month) =>
        k + 1 < tokenCount && tokens[k].Kind == DateTokenKind.Punct && IsDash(tokens[k].Ch) && Touching(k - 1, k) && Touching(k, k + 1)
        && IsDayNum(k + 1, month) && tokens[k + 1].Value > tokens[k - 1].Value;

    /// <summary>A month and day without a year: this year if that day is on or before publication, else the latest earlier year.</summary>
    private PartialDate? ResolveMonthDay(int m, int day, int year)
    {
        if (year > 0) return Day(new DateOnly(year, m, day));
        for (var y = published.Year; y >= published.Year - 8 && y >= 1; y--)
        {
            if (day > DateTime.DaysInMonth(y, m)) continue;
            var d = new DateOnly(y, m, day);
            if (d <= published) return Day(d);
        }
        return null;
    }

    private bool TryIso(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!IsPlainYear(i) || !IsMark(i + 1, '-') || !Touching(i, i + 1)) return false;
        if (i + 4 >= tokenCount || !Touching(i + 1, i + 2) || !IsMark(i + 3, '-') || !Touching(i + 2, i + 3) || !Touching(i + 3, i + 4)) return false;
        ref readonly var mt = ref tokens[i + 2];
        ref readonly var dt = ref tokens[i + 4];
        if (mt.Kind != DateTokenKind.Number || mt.Complex || mt.Digits != 2 || dt.Kind != DateTokenKind.Number || dt.Digits != 2)
            return false;
        // "2014-03-17T10:00Z" is fine; "2014-03-17x" or "2014-03-17-5" is not a date.
        if (dt.Complex && (dt.End - dt.Start < 3 || text[dt.Start + 2] != 'T')) return false;
        if (i + 5 < tokenCount && Touching(i + 4, i + 5) && tokens[i + 5].Kind == DateTokenKind.Punct && IsDash(tokens[i + 5].Ch)) return false;
        int y = tokens[i].Value, m = mt.Value, d = dt.Value;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        r = Make(AbsorbLeft(i, lo, DateLex.On), i + 5, Day(new DateOnly(y, m, d)));
        r.EndChar = dt.Start + 2;
        return true;
    }

    private bool TryDayFirst(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!DayFirst(i, out var m, out var day, out var year, out var te, out var viaOf)) return false;
        if (ResolveMonthDay(m, day, year) is not { } date) return false;
        var ts = viaOf && i - 1 >= lo && IsWord(i - 1, DateLex.The) ? i - 1 : i;
        r = Make(AbsorbLeft(ts, lo, DateLex.On), te, date);
        return true;
    }
}
