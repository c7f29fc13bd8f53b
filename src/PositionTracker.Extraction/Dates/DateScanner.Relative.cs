using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

// Dates relative to publication: "yesterday", "tomorrow morning", "last night", "this week", "later this year".
internal sealed partial class DateScanner
{
    private bool TryDeictic(int i, int lo, out DateDraft r)
    {
        r = default;
        var (days, flags) = tokens[i].Lex switch
        {
            DateLex.Yesterday => (-1, DateFlags.None),
            DateLex.Tomorrow => (1, DateFlags.Future),
            _ => (0, DateFlags.None), // today, tonight
        };
        if (!CalendarSteps.TryAddDays(published, days, out var date)) return false;
        var end = tokens[i].Lex != DateLex.Tonight && IsWord(i + 1, DateLex.PartOfDay) ? i + 2 : i + 1; // "yesterday morning"
        r = Make(AbsorbLeft(i, lo, DateLex.None), end, Day(date), flags);
        return true;
    }

    /// <summary>"this morning", "this evening", "last night".</summary>
    private bool TryPartOfDay(int i, int lo, out DateDraft r)
    {
        r = default;
        var (rel, s0) = LeftRel(i, lo, allowComing: false);
        if (rel is not (DateRel.This or DateRel.Last)) return false;
        if (!CalendarSteps.TryAddDays(published, rel == DateRel.Last ? -1 : 0, out var date)) return false;
        r = Make(AbsorbLeft(s0, lo, DateLex.None), i + 1, Day(date));
        return true;
    }

    /// <summary>"this week", "last month", "later this year"; and plural units: "days ago", "weeks after".</summary>
    private bool TryUnit(int i, int lo, out DateDraft r)
    {
        r = default;
        var unit = (DateUnit)(tokens[i].Value >> 1);
        if ((tokens[i].Value & 1) == 1)
        {
            if (IsWord(i + 1, DateLex.Ago)) return MakeAgo(i, i + 2, unit, 0, out r);
            return TryAnchoredTail(i, i + 1, unit, 0, out r);
        }
        if (unit is not (DateUnit.Week or DateUnit.Month or DateUnit.Year)) return false;
        var (rel, s0) = LeftRel(i, lo, allowComing: false);
        if (rel == DateRel.None) return false;
        var start = AbsorbLeft(s0, lo, DateLex.In, out var later);
        var steps = rel switch { DateRel.Last => -1, DateRel.Next => 1, _ => 0 };
        if (!TryStepFromPublication(unit, steps, out var date)) return false;
        // A week is dated by its month: the week itself is the guess.
        var flags = unit == DateUnit.Week ? DateFlags.Approximate : DateFlags.None;
        if (steps > 0 || (later && rel == DateRel.This)) flags |= DateFlags.Future; // "next week", "later this month"
        r = Make(start, i + 1, date, flags);
        return true;
    }

    /// <summary>The week (as its month), month or year <paramref name="steps"/> of them from the publication date.</summary>
    private bool TryStepFromPublication(DateUnit unit, int steps, out PartialDate date)
    {
        date = default;
        switch (unit)
        {
            case DateUnit.Week:
                if (!CalendarSteps.TryAddDays(published, 7 * steps, out var day)) return false;
                date = MonthOf(day);
                return true;
            case DateUnit.Month:
                if (!CalendarSteps.TryAddMonths(published, steps, out var month)) return false;
                date = MonthOf(month);
                return true;
            default:
                if (!CalendarSteps.IsOnCalendar(published.Year + steps)) return false;
                date = PartialDate.OfYear(published.Year + steps);
                return true;
        }
    }
}
