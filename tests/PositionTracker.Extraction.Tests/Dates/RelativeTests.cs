using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Expressions relative to the publication date.</summary>
public class RelativeTests
{
    private const DateFlags Future = DateFlags.Future;
    private const DateFlags Approx = DateFlags.Approximate;

    [Theory]
    [InlineData("Beijing said today that Taiwan is an inalienable part of China.", "today", "2023-02-15", DateFlags.None)]
    [InlineData("Yesterday the Moroccan foreign minister visited Laayoune.", "Yesterday", "2023-02-14", DateFlags.None)]
    [InlineData("The Serbian president speaks tomorrow about Kosovo.", "tomorrow", "2023-02-16", Future)]
    [InlineData("Late yesterday, Argentine diplomats left the meeting.", "Late yesterday", "2023-02-14", DateFlags.None)]
    [InlineData("The envoy arrives tomorrow morning in Srinagar.", "tomorrow morning", "2023-02-16", Future)]
    [InlineData("Tokyo\u2019s envoy spoke earlier today about the Kurils.", "earlier today", "2023-02-15", DateFlags.None)]
    [InlineData("Shelling was reported near the Golan last night.", "last night", "2023-02-14", DateFlags.None)]
    [InlineData("Athens replied this morning.", "this morning", "2023-02-15", DateFlags.None)]
    [InlineData("Yesterday\u2019s statement from Pristina was brief.", "Yesterday", "2023-02-14", DateFlags.None)]
    [InlineData("Talks may resume the day after tomorrow in Geneva.", "the day after tomorrow", "2023-02-17", Future)]
    [InlineData("The patrol was seen the day before yesterday near Kinmen.", "the day before yesterday", "2023-02-13", DateFlags.None)]
    public void Days_relative_to_publication(string text, string span, string date, DateFlags flags) =>
        Single(text, "2023-02-15", span, date, flags);

    [Theory]
    [InlineData("Troops massed near the Line of Control this week.", "2023-02-15", "this week", "2023-02", Approx)]
    [InlineData("Troops massed near the Line of Control earlier this week.", "2023-02-15", "earlier this week", "2023-02", Approx)]
    [InlineData("Seoul protested last week over Dokdo textbooks.", "2023-02-15", "last week", "2023-02", Approx)]
    // A week before 3 February is January.
    [InlineData("Seoul protested last week over Dokdo textbooks.", "2023-02-03", "last week", "2023-01", Approx)]
    [InlineData("The UN envoy visits Tindouf next week.", "2023-02-15", "next week", "2023-02", Approx | Future)]
    [InlineData("The UN envoy visits Tindouf next week.", "2023-02-25", "next week", "2023-03", Approx | Future)]
    public void Weeks_relative_to_publication_are_approximate_months(string text, string published, string span, string date, DateFlags flags) =>
        Single(text, published, span, date, flags);

    [Theory]
    [InlineData("Kyiv renewed its demand this month.", "2023-02-15", "this month", "2023-02", DateFlags.None)]
    [InlineData("Kyiv renewed its demand earlier this month.", "2023-02-15", "earlier this month", "2023-02", DateFlags.None)]
    [InlineData("Kyiv will renew its demand later this month.", "2023-02-15", "later this month", "2023-02", Future)]
    [InlineData("Kyiv renewed its demand last month.", "2023-02-15", "last month", "2023-01", DateFlags.None)]
    [InlineData("Kyiv renewed its demand last month.", "2023-01-10", "last month", "2022-12", DateFlags.None)]
    [InlineData("Kyiv renews its demand next month.", "2022-12-20", "next month", "2023-01", Future)]
    [InlineData("The Knesset passed the Golan bill this year.", "2023-02-15", "this year", "2023", DateFlags.None)]
    [InlineData("The Knesset passed the Golan bill earlier this year.", "2023-02-15", "earlier this year", "2023", DateFlags.None)]
    [InlineData("The Knesset will vote on the Golan bill later this year.", "2023-02-15", "later this year", "2023", Future)]
    [InlineData("The Knesset passed the Golan bill last year.", "2023-02-15", "last year", "2022", DateFlags.None)]
    [InlineData("The Knesset votes on the Golan bill next year.", "2023-02-15", "next year", "2024", Future)]
    [InlineData("The islanders voted late last year.", "2023-02-15", "late last year", "2022", DateFlags.None)]
    [InlineData("Last year\u2019s census in Kashmir was delayed.", "2023-02-15", "Last year", "2022", DateFlags.None)]
    public void Months_and_years_relative_to_publication(string text, string published, string span, string date, DateFlags flags) =>
        Single(text, published, span, date, flags);

    [Theory]
    [InlineData("Three days ago the envoy left Baku.", "Three days ago", "2023-02-12", DateFlags.None)]
    [InlineData("The envoy left Baku 3 days ago.", "3 days ago", "2023-02-12", DateFlags.None)]
    [InlineData("The envoy left Baku a day ago.", "a day ago", "2023-02-14", DateFlags.None)]
    [InlineData("The envoy left Baku twenty-one days ago.", "twenty-one days ago", "2023-01-25", DateFlags.None)]
    [InlineData("The envoy left Baku a week ago.", "a week ago", "2023-02-08", Approx)]
    [InlineData("The envoy left Baku two weeks ago.", "two weeks ago", "2023-02-01", Approx)]
    [InlineData("Chinese boats were sighted six months ago near Scarborough Shoal.", "six months ago", "2022-08", DateFlags.None)]
    [InlineData("Chinese boats were sighted 14 months ago near Scarborough Shoal.", "14 months ago", "2021-12", DateFlags.None)]
    [InlineData("The Cyprus talks ended two years ago.", "two years ago", "2021", DateFlags.None)]
    [InlineData("The Cyprus talks ended a year ago.", "a year ago", "2022", DateFlags.None)]
    [InlineData("The Cyprus talks ended a few days ago.", "a few days ago", "2023-02", Approx)]
    public void Counted_units_ago(string text, string span, string date, DateFlags flags) =>
        Single(text, "2023-02-15", span, date, flags);

    [Fact]
    public void Days_ago_crosses_a_year_and_a_leap_day()
    {
        Single("The envoy left Baku 10 days ago.", "2017-01-03", "10 days ago", "2016-12-24");
        Single("The envoy left Baku two days ago.", "2024-03-01", "two days ago", "2024-02-28");
    }

    [Fact]
    public void Precision_follows_the_unit()
    {
        Assert.Equal(DatePrecision.Day, Find("Two days ago in Pristina.", "2023-02-15")[0].Date.Precision);
        Assert.Equal(DatePrecision.Month, Find("Last month in Pristina.", "2023-02-15")[0].Date.Precision);
        Assert.Equal(DatePrecision.Year, Find("Last year in Pristina.", "2023-02-15")[0].Date.Precision);
    }
}
