using System.Text.Json;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;
using static PositionTracker.Domain.Stances.Stance;
using static PositionTracker.Domain.Tests.TestData;

namespace PositionTracker.Domain.Tests.Positions;

public class StanceTimelineTests
{
    private static StanceTimeline Fold(IEnumerable<StatementMade> statements) => Timeline("RUS", "crimea", statements);

    [Fact]
    public void Entries_follow_the_date_of_the_statement_not_the_order_of_arrival()
    {
        var timeline = Fold([
            Statement(ClaimsSovereignty, "2025-02-27"),
            Statement(ClaimsSovereignty, "2017-02-15"),
            Statement(RejectsNegotiation, "2014"),
        ]);

        Assert.Equal(["2014", "2017-02-15", "2025-02-27"], timeline.Entries.Select(e => e.Date.ToString()));
    }

    [Fact]
    public void One_statement_reported_by_two_outlets_is_one_entry_with_both_sources()
    {
        var timeline = Fold([
            Statement(RejectsNegotiation, "2017-02-15", speaker: "Dmitry Peskov", quote: "first wording", source: From(ArticleA, "Outlet One")),
            Statement(RejectsNegotiation, "2017-02-15", speaker: "Dmitry Peskov", quote: "second wording", source: From(ArticleB, "Outlet Two")),
            Statement(RejectsNegotiation, "2017-02-15", speaker: "Maria Zakharova", source: From(ArticleA, "Outlet One")),
        ]);

        var peskov = Assert.Single(timeline.Entries, e => e.Speaker == "Dmitry Peskov");
        Assert.Equal(["Outlet One", "Outlet Two"], peskov.Sources.Select(s => s.Outlet));
        Assert.Equal(["first wording", "second wording"], peskov.Sources.Select(s => s.Quote));
        Assert.Equal(2, timeline.Entries.Count);
    }

    [Fact]
    public void The_same_report_applied_twice_is_kept_once()
    {
        var statement = Statement(ClaimsSovereignty, "2017-02-15");

        Assert.Single(Fold([statement, statement]).Entries.Single().Sources);
    }

    [Fact]
    public void Every_arrival_order_gives_the_same_timeline()
    {
        StatementMade[] statements =
        [
            Statement(ClaimsSovereignty, "2017-02-15", speaker: "Maria Zakharova", source: From(ArticleA, "Outlet One")),
            Statement(ClaimsSovereignty, "2017-02-15", speaker: "maria zakharova", source: From(ArticleB, "Outlet Two")),
            Statement(RejectsNegotiation, "2017-02-15", speaker: null, source: From(ArticleC, "Outlet Three")),
            Statement(OpenToNegotiation, "2023-02-28", source: From(ArticleB, "Outlet Two", "2023-02-28")),
        ];

        var expected = JsonSerializer.Serialize(Fold(statements));
        foreach (var order in Permutations(statements))
            Assert.Equal(expected, JsonSerializer.Serialize(Fold(order)));
    }

    private static IEnumerable<T[]> Permutations<T>(T[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany((item, i) => Permutations(items.Where((_, j) => j != i).ToArray()).Select(rest => (T[])[item, .. rest]));
}
