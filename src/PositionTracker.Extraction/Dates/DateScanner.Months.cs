using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

// Months: "March 2014", "March last year", "in late January", "last September".
internal sealed partial class DateScanner
{
    private bool TryMonth(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!tokens[i].Upper) return false; // "may", "march"
        var abbr = tokens[i].Lex == DateLex.MonthAbbr;
        var m = tokens[i].Value;

        if (MonthFirst(i, out _, out var day, out var year, out var te))
        {
            if (ResolveMonthDay(m, day, year) is { } date)
            {
                r = Make(AbsorbLeft(i, lo, DateLex.On), te, date);
                return true;
            }
        }

        var j = i + 1;
        if (abbr && IsMark(j, '.') && Touching(i, j)) j++;

        // "March 2014", "Sept. 2022", "February of 2022"
        var jy = !abbr && IsWord(j, DateLex.Of) ? j + 1 : j;
        if (YearOk(jy, false))
        {
            r = Make(AbsorbLeft(i, lo, DateLex.In), jy + 1, PartialDate.OfMonth(tokens[jy].Value, m));
            return true;
        }
        if (abbr) return false; // "Jan", "Dec" alone are too often names

        // "March last year", "in February of next year"
        var jr = IsWord(j, DateLex.Of) ? j + 1 : j;
        if ((IsWord(jr, DateLex.Last) || IsWord(jr, DateLex.This) || IsWord(jr, DateLex.Next)) && IsUnit(jr + 1, DateUnit.Year, false))
        {
            var y = published.Year + (tokens[jr].Lex == DateLex.Last ? -1 : tokens[jr].Lex == DateLex.Next ? 1 : 0);
            if (!CalendarSteps.IsOnCalendar(y)) return false;
            var flags = tokens[jr].Lex == DateLex.Next ? DateFlags.Future : DateFlags.None;
            r = Make(AbsorbLeft(i, lo, DateLex.In), jr + 2, PartialDate.OfMonth(y, m), flags);
            return true;
        }

        // "in January", "last September", "this coming March", "mid-March", "by January"
        var (rel, s0) = LeftRel(i, lo, allowComing: true);
        if (rel == DateRel.None && !HasMonthCue(i, lo)) return false;
        int year2;
        var f = DateFlags.None;
        switch (rel)
        {
            case DateRel.Last: year2 = m < published.Month ? published.Year : published.Year - 1; break;
            case DateRel.This: year2 = published.Year; break;
            case DateRel.Next: year2 = m > published.Month ? published.Year : published.Year + 1; f = DateFlags.Future; break;
            default: year2 = m <= published.Month ? published.Year : published.Year - 1; break;
        }
        if (!CalendarSteps.IsOnCalendar(year2)) return false;
        r = Make(AbsorbLeft(s0, lo, DateLex.In), i + 1, PartialDate.OfMonth(year2, m), f);
        return true;
    }
}
