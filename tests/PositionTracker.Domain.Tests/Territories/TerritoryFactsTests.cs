using System.Text.Json;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Territories;
using static PositionTracker.Domain.Tests.TestData;

namespace PositionTracker.Domain.Tests.Territories;

public class TerritoryFactsTests
{
    private static TerritoryFacts Fold(IEnumerable<IDerivedEvent> events) => events.Aggregate(TerritoryFacts.Empty("crimea"),
        (facts, e) => e switch
        {
            TerritoryAnnexed a => facts.Record(a),
            ReferendumHeld r => facts.Record(r),
            ControlReported c => facts.Record(c),
            StatementMade s => facts.Record(s),
            _ => facts,
        });

    private static ControlReported Control(string controller, ControlExtent extent, string date, Provenance source) =>
        new("crimea", controller, extent, PartialDate.Parse(date), source);

    [Fact]
    public void One_annexation_reported_at_different_precisions_is_one_fact_dated_by_the_most_precise()
    {
        var facts = Fold([
            Annexed("2014", From(ArticleA, "One")),
            Annexed("2014-03", From(ArticleB, "Two")),
            Annexed("2014-03-18", From(ArticleC, "Three")),
        ]);

        var annexation = Assert.Single(facts.Annexations);
        Assert.Equal("2014-03-18", annexation.Date.ToString());
        Assert.Equal(3, annexation.Sources.Count);
    }

    [Fact]
    public void Reports_whose_dates_disagree_stay_apart()
    {
        var facts = Fold([Annexed("2014-03-18", From(ArticleA)), Annexed("2014-03-21", From(ArticleB)), Annexed("2022", From(ArticleC))]);

        Assert.Equal(["2014-03-18", "2014-03-21", "2022"], facts.Annexations.Select(a => a.Date.ToString()));
    }

    [Fact]
    public void Every_arrival_order_gives_the_same_facts()
    {
        IDerivedEvent[] events =
        [
            Annexed("2014", From(ArticleA, "One")),
            Annexed("2014-03-18", From(ArticleB, "Two")),
            Annexed("2014-03-21", From(ArticleC, "Three")),
            Control("RUS", ControlExtent.Full, "2020-05-01", From(ArticleA, "One")),
            Control("RUS", ControlExtent.Full, "2020-05", From(ArticleB, "Two")),
            Statement(Stances.Stance.ClaimsSovereignty, "2017-02-15", source: From(ArticleC, "Three")),
        ];

        var expected = JsonSerializer.Serialize(Fold(events));
        foreach (var order in new[] { events.Reverse(), events.Skip(3).Concat(events.Take(3)), events.OrderBy(e => e.Source.Outlet) })
            Assert.Equal(expected, JsonSerializer.Serialize(Fold(order)));
    }

    [Fact]
    public void Control_on_a_date_is_the_latest_report_per_controller()
    {
        var facts = Fold([
            Control("RUS", ControlExtent.Part, "2023-02-28", From(ArticleA)),
            Control("RUS", ControlExtent.Most, "2025-02-27", From(ArticleB)),
            Control("UKR", ControlExtent.Part, "2024-08-10", From(ArticleC)),
        ]);

        Assert.Equal([("RUS", ControlExtent.Part), ("UKR", ControlExtent.Part)],
            facts.ControlOn(new DateOnly(2024, 12, 31)).Select(c => (c.Controller, c.Extent)));
        Assert.Equal([("RUS", ControlExtent.Most), ("UKR", ControlExtent.Part)],
            facts.ControlOn(new DateOnly(2025, 3, 1)).Select(c => (c.Controller, c.Extent)));
    }

    [Fact]
    public void The_facts_list_every_actor_that_has_spoken_once_without_keeping_the_statements()
    {
        var facts = Fold([
            Statement(Stances.Stance.RejectsNegotiation, "2017-02-15"),
            Statement(Stances.Stance.OpenToNegotiation, "2023-02-28", actor: "UKR"),
            Statement(Stances.Stance.ClaimsSovereignty, "2017-02-15"),
        ]);

        Assert.Equal(["RUS", "UKR"], facts.Actors);
        Assert.DoesNotContain("Stance", System.Text.Json.JsonSerializer.Serialize(facts));
    }
}
