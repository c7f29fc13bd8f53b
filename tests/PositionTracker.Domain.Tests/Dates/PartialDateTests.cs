using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Tests.Dates;

public class PartialDateTests
{
    [Theory]
    [InlineData("2014", DatePrecision.Year, "2014-01-01", "2014-12-31")]
    [InlineData("2014-03", DatePrecision.Month, "2014-03-01", "2014-03-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2017-02-15", DatePrecision.Day, "2017-02-15", "2017-02-15")]
    public void A_date_spans_the_days_its_precision_allows(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("2017-2-15")]
    [InlineData("2017-13")]
    [InlineData("2017-02-30")]
    [InlineData("2017/02/15")]
    [InlineData("2017-02-15-01")]
    [InlineData("February 2017")]
    public void Broken_dates_are_refused(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("2014-03-18", "2014-03", true)]
    [InlineData("2014-03-18", "2014", true)]
    [InlineData("2014-03", "2014", true)]
    [InlineData("2014-03-18", "2014-03-18", true)]
    [InlineData("2014-03-18", "2014-03-21", false)]
    [InlineData("2014-03", "2014-04", false)]
    [InlineData("2014-03", "2015", false)]
    public void Dates_agree_when_equal_at_the_coarser_precision(string a, string b, bool agree)
    {
        Assert.Equal(agree, PartialDate.Parse(a).AgreesWith(PartialDate.Parse(b)));
        Assert.Equal(agree, PartialDate.Parse(b).AgreesWith(PartialDate.Parse(a)));
    }

    [Fact]
    public void On_a_timeline_a_date_sits_at_its_first_day_and_coarser_comes_first()
    {
        var ordered = new[] { "2014-03-18", "2014", "2014-03", "2013-12-31", "2014-03-01" }
            .Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2013-12-31", "2014", "2014-03", "2014-03-01", "2014-03-18"], ordered);
    }
}
