using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Month and year: month precision, exactly as written.</summary>
public class MonthYearTests
{
    [Theory]
    [InlineData("Russia annexed the peninsula in March 2014 after a disputed vote.", "in March 2014", "2014-03")]
    [InlineData("The March 2014 referendum is not recognised by Kyiv.", "March 2014", "2014-03")]
    [InlineData("Moscow declared four regions annexed in September 2022.", "in September 2022", "2022-09")]
    [InlineData("Moscow declared four regions annexed in Sept. 2022 after referendums.", "in Sept. 2022", "2022-09")]
    [InlineData("Moscow declared four regions annexed Sep 2022, Kyiv said.", "Sep 2022", "2022-09")]
    [InlineData("The full-scale invasion began in February of 2022.", "in February of 2022", "2022-02")]
    [InlineData("Israel extended its law to the Golan Heights in December 1981.", "in December 1981", "1981-12")]
    [InlineData("India revoked the special status of Kashmir in early August 2019.", "in early August 2019", "2019-08")]
    [InlineData("Russia\u2019s March 2014 annexation is still disputed.", "March 2014", "2014-03")]
    public void Month_and_year(string text, string span, string date)
    {
        var m = Single(text, "2023-02-15", span, date);
        Assert.Equal(DatePrecision.Month, m.Date.Precision);
    }

    [Theory]
    [InlineData("Morocco hosted the talks in March last year.", "2023-02-15", "in March last year", "2022-03", DateFlags.None)]
    [InlineData("Morocco hosted the talks in November of last year.", "2023-02-15", "in November of last year", "2022-11", DateFlags.None)]
    [InlineData("A vote on the Falklands is planned in June next year.", "2023-02-15", "in June next year", "2024-06", DateFlags.Future)]
    [InlineData("A vote on the Falklands is planned for June this year.", "2023-02-15", "June this year", "2023-06", DateFlags.Future)]
    [InlineData("The last vote was in January this year.", "2023-02-15", "in January this year", "2023-01", DateFlags.None)]
    public void Month_with_a_relative_year(string text, string published, string span, string date, DateFlags flags) =>
        Single(text, published, span, date, flags);

    [Fact]
    public void Month_and_year_after_publication_is_future()
    {
        Single("Serbia and Kosovo are to sign by December 2025, the EU envoy said.", "2023-02-15",
            "by December 2025", "2025-12", DateFlags.Future);
        // The publication month itself is not in the future.
        Single("Serbia and Kosovo met in February 2023.", "2023-02-15", "in February 2023", "2023-02");
    }
}
