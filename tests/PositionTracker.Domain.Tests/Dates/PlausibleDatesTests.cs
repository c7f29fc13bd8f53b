using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Tests.Dates;

/// <summary>
/// A publication lies between 1900-01-01 and one day after today; a fact in a gold file between 1700-01-01 and one day
/// after today. With TestData.Today = 2026-12-07, the last day accepted is 2026-12-08.
/// </summary>
public class PlausibleDatesTests
{
    private const string LastDay = "2026-12-08";

    private static string Article(string published) => $"---\noutlet: Daily Test\npublished: {published}\n---\nThe minister spoke.";

    private static IReadOnlyList<IDerivedEvent> Gold(string date) => AnnotationFile.Parse(
        $$"""[{"type": "StatementMade", "actor": "RUS", "territory": "crimea", "stance": "ClaimsSovereignty", "date": "{{date}}"}]""",
        TestData.From(TestData.ArticleA), TestData.SmallGazetteer(), TestData.Today);

    [Fact]
    public void The_last_day_accepted_is_the_day_after_today() =>
        Assert.Equal(new DateOnly(2026, 12, 8), PlausibleDates.Latest(TestData.Today));

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2999-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-12-09")] // today + 2
    public void A_publication_date_out_of_bounds_is_rejected_naming_the_line_and_both_bounds(string published)
    {
        var message = Assert.Throws<ArticleRejected>(() => ArticleFile.Parse(Article(published), TestData.Today)).Message;

        Assert.Contains($"header line 3: published '{published}'", message);
        Assert.Contains("1900-01-01", message);
        Assert.Contains(LastDay, message);
    }

    [Fact]
    public void The_line_named_is_the_published_line_wherever_it_sits() =>
        Assert.Contains("header line 5: published '1899-12-31'",
            Assert.Throws<ArticleRejected>(() => ArticleFile.Parse(
                "\n---\ntitle: A\n\npublished: 1899-12-31\n---\nText.", TestData.Today)).Message);

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2026-12-07")] // today
    [InlineData("2026-12-08")] // today + 1
    public void A_publication_date_within_bounds_is_accepted(string published) =>
        Assert.Equal(DateOnly.Parse(published), ArticleFile.Parse(Article(published), TestData.Today).Published);

    [Theory]
    [InlineData("1699")]
    [InlineData("1699-12")]
    [InlineData("1699-12-31")]
    [InlineData("2027")]
    [InlineData("2027-01")]
    [InlineData("2026-12-09")]
    public void A_gold_date_out_of_bounds_is_rejected_naming_the_event_and_both_bounds(string date)
    {
        var message = Assert.Throws<AnnotationRejected>(() => Gold(date)).Message;

        Assert.StartsWith("event 1 (StatementMade) field \"date\":", message);
        Assert.Contains($"'{date}'", message);
        Assert.Contains("1700-01-01", message);
        Assert.Contains(LastDay, message);
    }

    /// <summary>A partial date is kept when any day it may stand for is within bounds: 2026-12 starts before the last day.</summary>
    [Theory]
    [InlineData("1700")]
    [InlineData("1700-01-01")]
    [InlineData("1713")]
    [InlineData("1833")]
    [InlineData("2026")]
    [InlineData("2026-12")]
    [InlineData("2026-12-08")]
    public void A_gold_date_within_bounds_is_accepted(string date) =>
        Assert.Equal(PartialDate.Parse(date), Assert.IsType<StatementMade>(Assert.Single(Gold(date))).Date);

    [Fact]
    public void Facts_reach_further_back_than_publications()
    {
        Assert.Null(PlausibleDates.FactProblem(PartialDate.Parse("1850"), TestData.Today));
        Assert.NotNull(PlausibleDates.PublicationProblem(new DateOnly(1850, 6, 1), TestData.Today));
    }
}
