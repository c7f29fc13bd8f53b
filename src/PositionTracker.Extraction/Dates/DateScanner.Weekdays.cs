namespace PositionTracker.Extraction.Dates;

// Weekdays: "on Wednesday", "last Friday", "Wednesday, February 15", "Friday next week".
internal sealed partial class DateScanner
{
    private static int MondayIndex(DayOfWeek d) => ((int)d + 6) % 7;

    private bool TryWeekday(int i, int lo, out DateDraft r)
    {
        r = default;
        var cueLeft = i - 1 >= lo && tokens[i - 1].Kind == DateTokenKind.Word && tokens[i - 1].Lex is DateLex.On or DateLex.Last or DateLex.Next
            or DateLex.This or DateLex.Coming or DateLex.Past or DateLex.Since or DateLex.Until or DateLex.By or DateLex.Late or DateLex.Early
            or DateLex.Earlier or DateLex.Later or DateLex.Overnight;
        if (!tokens[i].Upper && !cueLeft) return false;
        var dow = (DayOfWeek)tokens[i].Value;

        // "Wednesday, February 15", "Wednesday 15 February 2023": one mention, dated by the date.
        var j = i + 1;
        var j2 = IsMark(j, ',') ? j + 1 : j;
        if (j2 < tokenCount)
        {
            int m, day, year, te;
            var ok = MonthFirst(j2, out m, out day, out year, out te) || DayFirst(j2, out m, out day, out year, out te, out _);
            if (ok && ResolveMonthDay(m, day, year) is { } date)
            {
                r = Make(AbsorbLeft(i, lo, DateLex.On), te, date);
                return true;
            }
        }

        // "Wednesday last week", "on Friday next week"
        if ((IsWord(j, DateLex.Last) || IsWord(j, DateLex.This) || IsWord(j, DateLex.Next)) && IsUnit(j + 1, DateUnit.Week, false))
        {
            var delta = tokens[j].Lex == DateLex.Last ? -1 : tokens[j].Lex == DateLex.Next ? 1 : 0;
            if (!CalendarSteps.TryAddDays(published, -MondayIndex(published.DayOfWeek), out var monday)
                || !CalendarSteps.TryAddDays(monday, 7 * delta + MondayIndex(dow), out var d))
                return false;
            r = Make(AbsorbLeft(i, lo, DateLex.On), j + 2, Day(d), delta > 0 ? DateFlags.Future : DateFlags.None);
            return true;
        }

        var (rel, s0) = LeftRel(i, lo, allowComing: true);
        var end = IsWord(i + 1, DateLex.PartOfDay) ? i + 2 : i + 1; // "Wednesday night"
        var pd = (int)published.DayOfWeek;
        var target = (int)dow;
        int days;
        var flags = DateFlags.None;
        switch (rel)
        {
            case DateRel.Last: days = -((pd - target + 6) % 7 + 1); break;                         // strictly before
            case DateRel.Next: days = (target - pd + 6) % 7 + 1; flags = DateFlags.Future; break; // strictly after
            case DateRel.This: days = (target - pd + 7) % 7; break;                                // on or after
            default: days = -((pd - target + 7) % 7); break;                                       // on or before
        }
        if (!CalendarSteps.TryAddDays(published, days, out var when)) return false;
        r = Make(AbsorbLeft(s0, lo, DateLex.On), end, Day(when), flags);
        return true;
    }
}
