namespace PositionTracker.Extraction.Dates;

/// <summary>
/// Steps along the calendar that can fall off its ends, when the publication date or an anchor lies near year 1 or
/// year 9999: such a step is refused, and the expression it was for is then not a date.
/// </summary>
internal static class CalendarSteps
{
    public static bool TryAddDays(DateOnly from, int days, out DateOnly day)
    {
        var number = (long)from.DayNumber + days;
        var onCalendar = number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber;
        day = onCalendar ? DateOnly.FromDayNumber((int)number) : default;
        return onCalendar;
    }

    public static bool TryAddMonths(DateOnly from, int months, out DateOnly day)
    {
        var onCalendar = IsOnCalendar(((long)from.Year * 12 + from.Month - 1 + months) / 12);
        day = onCalendar ? from.AddMonths(months) : default;
        return onCalendar;
    }

    public static bool IsOnCalendar(long year) => year is >= 1 and <= 9999;
}
