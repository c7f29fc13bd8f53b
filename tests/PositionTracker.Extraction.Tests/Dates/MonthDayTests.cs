using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Month and day: without a year the latest such day on or before publication; with a year, exact.</summary>
public class MonthDayTests
{
    [Theory]
    [InlineData("Beijing issued the statement on February 15 after the patrol.", "2023-02-15", "on February 15", "2023-02-15")]
    // After publication in this year, so last year.
    [InlineData("Buenos Aires recalled the Feb. 26 vote in the islands.", "2023-02-15", "Feb. 26", "2022-02-26")]
    [InlineData("Buenos Aires recalled the Feb 26 vote in the islands.", "2023-03-01", "Feb 26", "2023-02-26")]
    [InlineData("The Polisario Front answered on 15 February.", "2023-02-20", "on 15 February", "2023-02-15")]
    [InlineData("Seoul said February 15th would be a day of protest over Dokdo.", "2023-02-20", "February 15th", "2023-02-15")]
    [InlineData("Pristina set the 15th of February as the deadline.", "2023-02-20", "the 15th of February", "2023-02-15")]
    [InlineData("Delhi answered on January 28 to the remarks on Kashmir.", "2023-02-15", "on January 28", "2023-01-28")]
    // Adjectival, with no cue at all.
    [InlineData("His January 28 telephone call with the Moroccan king was cut short.", "2023-02-15", "January 28", "2023-01-28")]
    [InlineData("Manila filed the note on Sept. 21 over the shoal.", "2023-02-15", "on Sept. 21", "2022-09-21")]
    [InlineData("Manila filed the note on Sep. 21 over the shoal.", "2023-02-15", "on Sep. 21", "2022-09-21")]
    [InlineData("Manila filed the note on Sept 21 over the shoal.", "2023-02-15", "on Sept 21", "2022-09-21")]
    [InlineData("The ceasefire on the Line of Control began on March 1st.", "2023-03-05", "on March 1st", "2023-03-01")]
    [InlineData("Talks in Nicosia were held on the 2nd of March.", "2023-03-05", "on the 2nd of March", "2023-03-02")]
    [InlineData("Athens answered on 3rd March.", "2023-03-05", "on 3rd March", "2023-03-03")]
    [InlineData("The 22nd September statement angered Caracas over the Essequibo.", "2023-03-05", "22nd September", "2022-09-22")]
    public void Month_and_day_without_a_year(string text, string published, string span, string date) =>
        Single(text, published, span, date);

    [Theory]
    // The year rolls back across New Year.
    [InlineData("Rabat answered on December 30.", "2017-01-03", "on December 30", "2016-12-30")]
    [InlineData("Rabat answered on January 3.", "2017-01-03", "on January 3", "2017-01-03")]
    [InlineData("Rabat answered on January 4.", "2017-01-03", "on January 4", "2016-01-04")]
    // Leap days: this year when it has one, else the latest leap year.
    [InlineData("Kyiv marked February 29 with a rally.", "2024-03-01", "February 29", "2024-02-29")]
    [InlineData("Kyiv marked February 29 with a rally.", "2023-03-01", "February 29", "2020-02-29")]
    [InlineData("Kyiv marked February 29 with a rally.", "2024-02-29", "February 29", "2024-02-29")]
    public void Year_of_a_month_and_day_around_new_year_and_leap_days(string text, string published, string span, string date) =>
        Single(text, published, span, date);

    [Theory]
    [InlineData("Crimea voted on March 17, 2014, according to Moscow.", "on March 17, 2014", "2014-03-17")]
    [InlineData("Crimea voted on March 17 2014 according to Moscow.", "on March 17 2014", "2014-03-17")]
    [InlineData("Crimea voted on 17 March 2014 according to Moscow.", "on 17 March 2014", "2014-03-17")]
    [InlineData("Crimea voted on 17 March, 2014 according to Moscow.", "on 17 March, 2014", "2014-03-17")]
    [InlineData("Crimea voted on 2014-03-17 according to Moscow.", "on 2014-03-17", "2014-03-17")]
    [InlineData("Kosovo declared independence on February 17th, 2008.", "on February 17th, 2008", "2008-02-17")]
    [InlineData("Ankara and Athens traded notes Feb. 3, 2016, in Vienna.", "Feb. 3, 2016", "2016-02-03")]
    [InlineData("Argentine troops landed April 2, 1982 near Stanley.", "April 2, 1982", "1982-04-02")]
    [InlineData("The treaty of 12 Dec 1997 settled nothing.", "12 Dec 1997", "1997-12-12")]
    public void Full_dates_are_exact(string text, string span, string date) =>
        Single(text, "2023-02-15", span, date);

    [Fact]
    public void Part_of_day_of_a_date_is_one_mention()
    {
        Single("On the night of March 5, troops crossed into the buffer zone.", "2023-03-15", "On the night of March 5", "2023-03-05");
    }

    [Fact]
    public void Bracketed_date_after_a_quote_is_found()
    {
        var text = "\"The islands are ours,\" the minister said [February 28, 2023].";
        Single(text, "2023-03-01", "February 28, 2023", "2023-02-28");
    }

    [Fact]
    public void Full_date_after_publication_is_flagged_future()
    {
        Single("The boundary commission will meet on March 30, 2025 in The Hague.", "2023-02-15",
            "on March 30, 2025", "2025-03-30", DateFlags.Future);
    }

    [Fact]
    public void Iso_date_with_a_time_is_the_day()
    {
        Single("Posted 2022-10-05T09:30 from Nicosia.", "2023-02-15", "2022-10-05", "2022-10-05");
    }

    [Theory]
    [InlineData("The protest was set for February 30 in Laayoune.")]
    [InlineData("The file was stamped 2014-02-30 in Belgrade.")]
    [InlineData("The file was stamped 2014-13-01 in Belgrade.")]
    [InlineData("The court sat on April 31 in Male.")]
    public void Impossible_days_are_not_dates(string text) => None(text);
}
