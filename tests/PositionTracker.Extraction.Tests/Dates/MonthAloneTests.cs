using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>A month alone (with a cue word): the latest such month on or before the publication month.</summary>
public class MonthAloneTests
{
    [Theory]
    [InlineData("Tokyo protested in January over the Kuril garrison.", "2023-02-15", "in January", "2023-01")]
    [InlineData("Tokyo protested in late January over the Kuril garrison.", "2023-02-15", "in late January", "2023-01")]
    [InlineData("Rabat opened a consulate in Dakhla in early March.", "2023-02-15", "in early March", "2022-03")]
    [InlineData("Skirmishes resumed mid-March along the Line of Control.", "2023-02-15", "mid-March", "2022-03")]
    [InlineData("Skirmishes resumed in mid-March along the Line of Control.", "2023-02-15", "in mid-March", "2022-03")]
    [InlineData("Skirmishes resumed in mid March along the Line of Control.", "2023-02-15", "in mid March", "2022-03")]
    [InlineData("Belgrade must answer by January, Brussels said.", "2023-02-15", "by January", "2023-01")]
    // The publication month itself.
    [InlineData("Taipei reported incursions in February.", "2023-02-15", "in February", "2023-02")]
    [InlineData("The Golan settlers' council has met weekly since October.", "2023-02-15", "since October", "2022-10")]
    [InlineData("The blockade lasted until April, officials in Baku said.", "2023-02-15", "until April", "2022-04")]
    [InlineData("Fishing boats were seized during August near the islands.", "2023-02-15", "during August", "2022-08")]
    [InlineData("By the end of March the garrison had doubled.", "2023-02-15", "By the end of March", "2022-03")]
    [InlineData("The mission was extended in December.", "2017-01-03", "in December", "2016-12")]
    [InlineData("The mission was extended in January.", "2017-01-03", "in January", "2017-01")]
    public void Month_after_a_cue_is_the_latest_on_or_before_the_publication_month(string text, string published, string span, string date)
    {
        var m = Single(text, published, span, date);
        Assert.Equal(DatePrecision.Month, m.Date.Precision);
    }

    [Theory]
    [InlineData("Argentina raised the Falklands at the UN last September.", "2023-02-15", "last September", "2022-09")]
    // Said in September, "last September" is a year earlier.
    [InlineData("Argentina raised the Falklands at the UN last September.", "2022-09-20", "last September", "2021-09")]
    [InlineData("Argentina raised the Falklands at the UN last September.", "2023-12-01", "last September", "2023-09")]
    [InlineData("Kosovo police moved north last December.", "2017-01-03", "last December", "2016-12")]
    [InlineData("Kosovo police moved north last January.", "2017-01-03", "last January", "2016-01")]
    public void Last_month_name_is_strictly_before_the_publication_month(string text, string published, string span, string date) =>
        Single(text, published, span, date);

    [Theory]
    [InlineData("A referendum is promised this September.", "2023-02-15", "this September", "2023-09", DateFlags.Future)]
    [InlineData("A referendum was held this January.", "2023-02-15", "this January", "2023-01", DateFlags.None)]
    [InlineData("Elections in Taiwan follow next March.", "2023-02-15", "next March", "2023-03", DateFlags.Future)]
    [InlineData("Elections in Taiwan follow next March.", "2023-05-10", "next March", "2024-03", DateFlags.Future)]
    [InlineData("Elections in Taiwan follow this coming March.", "2023-02-15", "this coming March", "2023-03", DateFlags.Future)]
    public void This_and_next_month_name(string text, string published, string span, string date, DateFlags flags) =>
        Single(text, published, span, date, flags);

    [Fact]
    public void Of_is_a_cue_but_stays_outside_the_span()
    {
        Single("The clashes of May left the valley divided.", "2023-02-15", "May", "2022-05");
    }

    [Theory]
    [InlineData("The March rally drew thousands in Stepanakert.")]
    [InlineData("Officials from Jan Mayen were not consulted.")]
    [InlineData("Voters in Dec were not polled.")]
    public void Month_without_day_year_or_cue_is_not_a_date(string text) => None(text);
}
