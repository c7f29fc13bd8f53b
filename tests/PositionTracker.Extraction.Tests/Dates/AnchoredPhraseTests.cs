using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>
/// "a day after", "months after", "two days later": dated from another date in the same text. A date later in
/// the phrase's own clause is its anchor (and becomes AnchorOnly); otherwise the nearest date before it.
/// </summary>
public class AnchoredPhraseTests
{
    private const DateFlags None_ = DateFlags.None;
    private const DateFlags Approx = DateFlags.Approximate;
    private const DateFlags AnchorOnly = DateFlags.AnchorOnly;

    [Fact]
    public void Anchor_before_the_phrase_dates_the_clause_after_it()
    {
        // The spokesman spoke the day before Peskov did.
        Exactly("Peskov spoke on February 15, a day after the spokesman said the islands were not for sale.", "2023-02-15",
            ("on February 15", "2023-02-15", None_), ("a day after", "2023-02-14", None_));
    }

    [Fact]
    public void Anchor_after_the_phrase_in_its_clause_is_anchor_only()
    {
        Exactly("Months after launching its full-scale invasion in February 2022, Russia declared the annexation of four regions.",
            "2023-02-15",
            ("Months after", "2022", Approx), ("in February 2022", "2022-02", AnchorOnly));
    }

    [Theory]
    [InlineData("A day before the referendum on March 16, 2014, Crimean leaders met in Simferopol.", "2014-03-20", "A day before", "2014-03-15", None_, "on March 16, 2014")]
    [InlineData("Two days after the vote on March 16, Moscow signed the treaty.", "2014-03-20", "Two days after", "2014-03-18", None_, "on March 16")]
    [InlineData("The day after the Knesset vote on December 14, 1981, Damascus protested.", "2014-03-20", "The day after", "1981-12-15", None_, "on December 14, 1981")]
    [InlineData("A week after the talks on February 1, Rabat recalled its envoy.", "2023-02-15", "A week after", "2023-02-08", Approx, "on February 1")]
    [InlineData("Two months after the invasion in February 2022, Kyiv asked for talks.", "2023-02-15", "Two months after", "2022-04", None_, "in February 2022")]
    [InlineData("A year after the declaration of independence in 2008, Kosovo joined the IMF.", "2023-02-15", "A year after", "2009", None_, "in 2008")]
    [InlineData("Weeks after the election in January, Beijing sent more jets.", "2024-03-01", "Weeks after", "2024-01", Approx, "in January")]
    [InlineData("Days after the 2014 referendum, Moscow moved troops.", "2023-02-15", "Days after", "2014", Approx, "2014")]
    [InlineData("Shortly after the ceasefire of May 21, 2021, Gaza reopened.", "2023-02-15", "Shortly after", "2021-05", Approx, "May 21, 2021")]
    [InlineData("Hours after the incident on Tuesday, Manila summoned the envoy.", "2023-02-15", "Hours after", "2023-02-14", Approx, "on Tuesday")]
    // A day-count on a month-precision anchor keeps the anchor's precision.
    [InlineData("A day after the vote in March 2014, Moscow signed the treaty.", "2023-02-15", "A day after", "2014-03", Approx, "in March 2014")]
    public void Anchor_later_in_the_same_clause(string text, string published, string phrase, string date, DateFlags flags, string anchorSpan)
    {
        var all = Find(text, published);
        Assert.True(all.Count == 2, Describe(text, all));
        Same(text, all[0], phrase, date, flags);
        Assert.Equal(anchorSpan, Covered(text, all[1]));
        Assert.True(all[1].Flags.HasFlag(DateFlags.AnchorOnly), Describe(text, all));
    }

    [Theory]
    [InlineData("The ministry summoned the envoy on Tuesday, two days after a naval incident near the Senkakus.", "2023-02-15", "two days after", "2023-02-12", None_)]
    [InlineData("Rabat spoke on February 15, a day before the talks on Western Sahara opened.", "2023-02-20", "a day before", "2023-02-16", None_)]
    [InlineData("The statement came in March 2014, weeks after protests in Kyiv.", "2023-02-15", "weeks after", "2014-03", Approx)]
    [InlineData("Moscow signed the treaty on March 18, 2014, a week after the Crimean parliament declared independence.", "2023-02-15", "a week after", "2014-03-11", Approx)]
    public void Anchor_before_the_phrase(string text, string published, string phrase, string date, DateFlags flags)
    {
        var all = Find(text, published);
        Assert.True(all.Count == 2, Describe(text, all));
        Assert.Equal(DateFlags.None, all[0].Flags & DateFlags.AnchorOnly);
        Same(text, all[1], phrase, date, flags);
    }

    [Theory]
    [InlineData("The vote was held on March 16, 2014, and two days later Moscow signed the treaty.", "two days later", "2014-03-18", None_)]
    [InlineData("Talks began in Geneva on Monday and collapsed the next day.", "the next day", "2023-03-14", None_)]
    [InlineData("Talks began in Geneva on Monday and collapsed the following day.", "the following day", "2023-03-14", None_)]
    [InlineData("The envoy left Pristina on Friday; Belgrade had protested the day before.", "the day before", "2023-03-09", None_)]
    [InlineData("Kosovo declared independence in 2008 and joined the IMF a year later.", "a year later", "2009", None_)]
    [InlineData("Seoul protested on February 1 and Tokyo answered a week later.", "a week later", "2023-02-08", Approx)]
    [InlineData("Fighting stopped on May 21, 2021; three days earlier the envoy had arrived.", "three days earlier", "2021-05-18", None_)]
    [InlineData("The council met on March 3 and the ministry responded shortly afterwards.", "shortly afterwards", "2023-03", Approx)]
    public void Adverbial_phrases_count_from_the_date_before_them(string text, string phrase, string date, DateFlags flags)
    {
        var all = Find(text, "2023-03-15");
        Assert.True(all.Count == 2, Describe(text, all));
        Same(text, all[1], phrase, date, flags);
    }

    [Fact]
    public void Weekday_anchor_and_phrase_with_a_weekday_publication()
    {
        // 2023-02-15 is a Wednesday: "on Monday" is the 13th, so the talks were on the 14th.
        Exactly("Talks began in Geneva on Monday and collapsed the next day.", "2023-02-15",
            ("on Monday", "2023-02-13", None_), ("the next day", "2023-02-14", None_));
    }

    [Theory]
    [InlineData("A day after the vote, the council met in Stanley.")]
    [InlineData("Months after the invasion, Kyiv asked for talks.")]
    [InlineData("Shortly after the ceasefire the valley was quiet.")]
    [InlineData("Two days later the envoy left Nicosia.")]
    public void Phrase_without_an_anchor_is_no_mention(string text) => None(text);

    [Fact]
    public void A_comma_ends_the_clause_a_forward_anchor_must_sit_in()
    {
        // "on March 5" is in the next clause: it does not anchor "days after", and nothing comes before it.
        Single("Days after the vote, on March 5 the council met in Laayoune.", "2023-03-15", "on March 5", "2023-03-05");
    }

    [Fact]
    public void Years_after_is_at_least_two_years_and_approximate()
    {
        Exactly("Years after the 1982 war over the Falklands, Argentina renewed its claim.", "2023-02-15",
            ("Years after", "1984", Approx), ("1982", "1982", AnchorOnly));
    }

    [Fact]
    public void A_second_phrase_uses_the_first_phrase_not_the_anchor_only_date()
    {
        var text = "Months after the invasion in February 2022, Russia declared the annexation, days after referendums in the four regions.";
        Exactly(text, "2023-02-15",
            ("Months after", "2022", Approx), ("in February 2022", "2022-02", AnchorOnly), ("days after", "2022", Approx));
    }

    [Fact]
    public void Anchored_results_keep_day_precision_for_exact_day_counts()
    {
        var all = Find("Peskov spoke on February 15, a day after the spokesman said so.", "2023-02-15");
        Assert.Equal(DatePrecision.Day, all[1].Date.Precision);
    }
}
