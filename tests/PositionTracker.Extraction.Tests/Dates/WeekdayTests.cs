using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Weekdays resolve to the most recent such day on or before publication (2023-02-15 is a Wednesday).</summary>
public class WeekdayTests
{
    [Theory]
    // Publication day itself when it is that weekday.
    [InlineData("Moscow said on Wednesday that the Kuril Islands were Russian territory.", "2023-02-15", "on Wednesday", "2023-02-15")]
    [InlineData("Tokyo lodged a protest on Monday over the new garrison on Etorofu.", "2023-02-15", "on Monday", "2023-02-13")]
    [InlineData("Wednesday brought no reply from Rabat on Western Sahara.", "2023-02-15", "Wednesday", "2023-02-15")]
    [InlineData("Late Tuesday, Pristina closed two border crossings with Serbia.", "2023-02-15", "Late Tuesday", "2023-02-14")]
    [InlineData("The envoy reached Srinagar Thursday evening after the curfew was lifted.", "2023-02-15", "Thursday evening", "2023-02-09")]
    [InlineData("Earlier on Wednesday, Buenos Aires renewed its claim to the Falklands.", "2023-02-15", "Earlier on Wednesday", "2023-02-15")]
    [InlineData("Jets crossed the median line of the Taiwan Strait on Friday night.", "2023-02-15", "on Friday night", "2023-02-10")]
    [InlineData("Damascus condemned the settlement plan for the Golan Heights on Saturday morning.", "2023-02-15", "on Saturday morning", "2023-02-11")]
    // "on Sunday" when publication falls on a Sunday.
    [InlineData("Voters in the disputed district went to the polls on Sunday.", "2017-01-01", "on Sunday", "2017-01-01")]
    // The year rolls back.
    [InlineData("The ministry summoned the ambassador on Friday over the Kashmir remarks.", "2017-01-03", "on Friday", "2016-12-30")]
    public void Bare_weekday_is_the_latest_such_day_on_or_before_publication(string text, string published, string span, string date) =>
        Single(text, published, span, date);

    [Theory]
    [InlineData("Talks on the Golan Heights resume next Friday in Geneva.", "2023-02-15", "next Friday", "2023-02-17")]
    [InlineData("The delegation leaves for Laayoune this coming Friday.", "2023-02-15", "this coming Friday", "2023-02-17")]
    [InlineData("A new round on Kosovo opens next Wednesday in Brussels.", "2023-02-15", "next Wednesday", "2023-02-22")]
    [InlineData("The two sides meet this Friday, officials in Taipei said.", "2023-02-15", "this Friday", "2023-02-17")]
    public void Next_and_coming_weekdays_lie_after_publication(string text, string published, string span, string date) =>
        Single(text, published, span, date, DateFlags.Future);

    [Theory]
    [InlineData("Seoul recalled its envoy last Friday over the Dokdo dispute.", "2023-02-15", "last Friday", "2023-02-10")]
    // Said on a Wednesday, "last Wednesday" is a week earlier, never the same day.
    [InlineData("The island council voted last Wednesday to reject the proposal.", "2023-02-15", "last Wednesday", "2023-02-08")]
    [InlineData("Beijing held drills this past Sunday near Kinmen.", "2023-02-15", "this past Sunday", "2023-02-12")]
    public void Last_weekday_is_strictly_before_publication(string text, string published, string span, string date) =>
        Single(text, published, span, date);

    [Fact]
    public void Weekday_with_a_date_is_one_mention_dated_by_the_date()
    {
        Single("Baku said on Wednesday, February 15, that the corridor talks had stalled.", "2023-02-20",
            "on Wednesday, February 15", "2023-02-15");
        Single("The referendum in Crimea was held on Sunday, March 16, 2014, under heavy military presence.", "2017-01-03",
            "on Sunday, March 16, 2014", "2014-03-16");
        Single("Envoys met Saturday 11 February in Nicosia.", "2023-02-15", "Saturday 11 February", "2023-02-11");
    }

    [Fact]
    public void Weekday_last_week_or_next_week_counts_calendar_weeks_from_Monday()
    {
        Single("Islamabad raised the Kashmir issue on Wednesday last week.", "2023-02-15", "on Wednesday last week", "2023-02-08");
        Single("The commission reports on Monday next week.", "2023-02-15", "on Monday next week", "2023-02-20", DateFlags.Future);
    }

    [Fact]
    public void Possessive_weekday_with_a_curly_apostrophe_is_the_weekday()
    {
        Single("Sunday\u2019s vote in northern Kosovo drew few voters.", "2023-02-15", "Sunday", "2023-02-12");
        Single("After Monday's talks, Athens and Ankara issued a joint note.", "2023-02-15", "Monday", "2023-02-13");
    }

    [Fact]
    public void Lowercase_weekday_counts_after_a_cue_only()
    {
        // Documented choice: "on monday" (and "last friday", "next tuesday") is accepted;
        // a bare lowercase weekday is not.
        Single("the agreement was signed on monday in Baku.", "2023-02-15", "on monday", "2023-02-13");
        None("the monday meeting in Baku was cancelled.");
    }

    [Fact]
    public void Weekday_resolves_at_day_precision()
    {
        var m = Single("Manila protested on Tuesday.", "2023-02-15", "on Tuesday", "2023-02-14");
        Assert.Equal(DatePrecision.Day, m.Date.Precision);
    }
}
