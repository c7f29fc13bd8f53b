using System.Globalization;

namespace PositionTracker.Bench.Generation;

/// <summary>Dates as news copy writes them, relative to the day of publication or to a past event.</summary>
public static class DatePhrases
{
    private static readonly string[] ShortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>When something was said: "on Tuesday", "on February 15", "last week", or nothing (that day).</summary>
    public static string Said(Rng rng, DateOnly published)
    {
        var roll = rng.Int(20);
        if (roll < 8) return "on " + published.AddDays(-rng.Int(0, 6)).DayOfWeek;
        if (roll < 10) return published.AddDays(-rng.Int(0, 6)).DayOfWeek.ToString();
        if (roll < 13)
        {
            var day = published.AddDays(-rng.Int(1, 40));
            return rng.Chance(0.7) ? $"on {Month(day.Month)} {day.Day}" : $"on {ShortMonths[day.Month - 1]} {day.Day}";
        }
        return roll switch
        {
            13 => "last week",
            14 => "last month",
            15 => "earlier this week",
            16 => "earlier this month",
            17 => "yesterday",
            18 => "on " + published.AddDays(-rng.Int(0, 6)).DayOfWeek + " " + rng.Either("morning", "evening", "afternoon"),
            _ => "",
        };
    }

    /// <summary>A date for the start of a sentence: "On Tuesday", "Last week"; empty when there is none.</summary>
    public static string Leading(Rng rng, DateOnly published)
    {
        var when = Said(rng, published);
        return when.StartsWith("on ", StringComparison.Ordinal) || when.StartsWith("last ", StringComparison.Ordinal)
               || when.StartsWith("earlier ", StringComparison.Ordinal)
            ? char.ToUpperInvariant(when[0]) + when[1..]
            : "";
    }

    /// <summary>A past event's date at the precision an article chooses: "in 2014", "in March 2014", "on March 18, 2014".</summary>
    public static string Of(Past when, Rng rng)
    {
        var precision = rng.Int(3);
        if (when.Day > 0 && precision == 2) return $"on {Month(when.Month)} {when.Day}, {when.Year}";
        if (when.Month > 0 && precision >= 1) return rng.Chance(0.2) ? $"in late {Month(when.Month)} {when.Year}" : $"in {Month(when.Month)} {when.Year}";
        return $"in {when.Year}";
    }

    /// <summary>A recent past date for facts reported in the news: "on Tuesday", "last month", "on March 3".</summary>
    public static string Recent(Rng rng, DateOnly published)
    {
        var when = Said(rng, published);
        return when.Length == 0 ? "on " + published.DayOfWeek : when;
    }

    public static string MonthName(int month) => Month(month);
}
