using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Stances;
using static PositionTracker.Domain.Stances.Stance;
using static PositionTracker.Domain.Tests.TestData;

namespace PositionTracker.Domain.Tests.Positions;

public class PositionTests
{
    private static Position On(string date, params StatementMade[] statements) => Position.Of(
        Timeline("UKR", "donetsk", statements), DateOnly.Parse(date));

    private static IEnumerable<(Stance, string, int)> Summary(Position p) =>
        p.Stances.Select(s => (s.Stance, s.LastStated.ToString(), s.DaysBefore));

    [Fact]
    public void A_later_statement_supersedes_an_earlier_one_only_in_its_own_dimension()
    {
        var position = On("2025-03-01",
            Statement(DemandsReturn, "2023-02-28"),
            Statement(RejectsAnnexation, "2023-02-28"),
            Statement(RejectsAnnexation, "2025-02-27"),
            Statement(ConcedesControl, "2025-02-27"));

        Assert.Equal([(RejectsAnnexation, "2025-02-27", 2), (DemandsReturn, "2023-02-28", 732), (ConcedesControl, "2025-02-27", 2)],
            Summary(position));
    }

    [Fact]
    public void Stances_of_one_dimension_stated_the_same_day_coexist()
    {
        var position = On("2023-03-01",
            Statement(ClaimsSovereignty, "2023-02-28", speaker: "One"),
            Statement(RejectsAnnexation, "2023-02-28", speaker: "Two"),
            Statement(RecognizesSovereignty, "2020-01-01"));

        Assert.Equal([ClaimsSovereignty, RejectsAnnexation], position.Stances.Select(s => s.Stance));
    }

    [Fact]
    public void A_stance_in_one_dimension_replaced_by_another_of_the_same_dimension_is_gone()
    {
        var position = On("2024-01-01", Statement(RejectsNegotiation, "2017-02-15"), Statement(OpenToNegotiation, "2023-02-28"));

        Assert.Equal([(OpenToNegotiation, "2023-02-28", 307)], Summary(position));
    }

    [Fact]
    public void Statements_after_the_date_do_not_count()
    {
        Assert.Empty(On("2017-02-14", Statement(ClaimsSovereignty, "2017-02-15")).Stances);
        Assert.Single(On("2017-02-15", Statement(ClaimsSovereignty, "2017-02-15")).Stances);
    }

    [Fact]
    public void A_date_known_only_to_the_month_counts_from_its_first_day()
    {
        Assert.Equal([(RejectsAnnexation, "2014-03", 9)], Summary(On("2014-03-10", Statement(RejectsAnnexation, "2014-03"))));
        Assert.Empty(On("2014-02-28", Statement(RejectsAnnexation, "2014-03")).Stances);
    }

    [Fact]
    public void The_evidence_is_every_source_of_every_statement_of_that_stance_that_day()
    {
        var position = On("2017-02-15",
            Statement(RejectsNegotiation, "2017-02-15", speaker: "Peskov", source: From(ArticleA, "One")),
            Statement(RejectsNegotiation, "2017-02-15", speaker: "Peskov", source: From(ArticleB, "Two")),
            Statement(RejectsNegotiation, "2017-02-15", speaker: "Volodin", source: From(ArticleA, "One")));

        var stance = Assert.Single(position.Stances);
        Assert.Equal([("Peskov", "One"), ("Peskov", "Two"), ("Volodin", "One")], stance.Evidence.Select(e => (e.Speaker!, e.Outlet!)));
        Assert.Equal(2, Source.OutletCount(stance.Evidence));
    }

    [Fact]
    public void The_timeline_marks_when_each_statement_was_superseded()
    {
        var timeline = Timeline("RUS", "crimea", [
                Statement(RejectsNegotiation, "2017-02-15"), Statement(ClaimsSovereignty, "2017-02-15"),
                Statement(OpenToNegotiation, "2023-02-28"), Statement(ClaimsSovereignty, "2023-02-28"),
            ]);

        Assert.Equal(
            [(ClaimsSovereignty, "2023-02-28", true), (RejectsNegotiation, "2023-02-28", false), (ClaimsSovereignty, null, false), (OpenToNegotiation, null, false)],
            timeline.WithSupersession().Select(e => (e.Statement.Stance, e.SupersededOn?.ToString(), e.Reaffirmed)));
        Assert.Equal([OpenToNegotiation], timeline.WithSupersession()[1].SupersededBy);
    }
}
