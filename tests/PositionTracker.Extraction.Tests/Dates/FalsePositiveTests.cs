using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Words and numbers that look like dates and are not.</summary>
public class FalsePositiveTests
{
    [Theory]
    [InlineData("Russia may respond to any move on the Kuril Islands.")]
    [InlineData("May the talks on Cyprus succeed, the envoy said.")]
    [InlineData("Prime Minister Theresa May spoke about Gibraltar.")]
    [InlineData("Troops march on toward the disputed pass in Ladakh.")]
    [InlineData("March on, the commander told the soldiers near the Golan.")]
    [InlineData("The claim came before an August body of jurists in The Hague.")]
    [InlineData("The March rally in Pristina drew a crowd.")]
    [InlineData("Officials in Jan Mayen and Nov Sad were not asked.")]
    [InlineData("The UN lists 17 territories; 100 countries and 27 languages were represented.")]
    [InlineData("Support reached 96.8 percent in the Falklands vote.")]
    [InlineData("Some 2,000 troops crossed into the buffer zone.")]
    [InlineData("H.R. 1 was introduced; the session began at 5:30 and was filmed in 16x9.")]
    [InlineData("Su-27 jets and MH17 debris were shown in the 1990s footage.")]
    [InlineData("The resolution passed 12 to 3 with 4 abstentions.")]
    [InlineData("The island lies 500 km from the coast and 1,200 metres from the line.")]
    [InlineData("Beijing considers the island part of its territory.")]
    [InlineData("The mayor said the weekend march was peaceful.")]
    [InlineData("march 17 was written in lowercase in the leaked memo.")]
    public void Not_dates(string text) => None(text);

    [Fact]
    public void Number_after_a_month_that_counts_people_is_not_a_day()
    {
        // "May 30" here would be wrong: thirty people were killed in May.
        Single("In May 30 people were killed near the Line of Control.", "2023-02-15", "In May", "2022-05");
    }

    [Fact]
    public void A_year_after_a_month_that_counts_people_is_not_a_year()
    {
        Single("In May 2000 people fled the valley.", "2023-02-15", "In May", "2022-05");
    }

    [Fact]
    public void Sunday_in_a_name_is_still_a_weekday()
    {
        // Accepted by design: the finder does not know names.
        Single("The Sunday Times reported the Falklands story.", "2023-02-15", "Sunday", "2023-02-12");
    }

    [Fact]
    public void A_year_inside_a_name_is_still_a_year()
    {
        Single("The 2022 World Cup final was watched in Buenos Aires.", "2023-02-15", "2022", "2022");
    }

    [Fact]
    public void Text_without_digits_or_date_words_passes_the_pre_check_as_empty()
    {
        Assert.False(DateFinder.MightHoldDate("The foreign minister rejected the proposal on the islands."));
        Assert.False(DateFinder.MightHoldDate("Russia may respond and troops march on."));
        Assert.True(DateFinder.MightHoldDate("Russia may respond in May."));
        Assert.True(DateFinder.MightHoldDate("The ministry spoke on Wednesday."));
        Assert.True(DateFinder.MightHoldDate("The ministry spoke 3 days ago."));
        Assert.True(DateFinder.MightHoldDate("The ministry spoke last week."));
        Assert.Empty(DateFinder.Find("", Day("2023-02-15")));
    }
}
