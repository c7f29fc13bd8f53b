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
    public void Reports_counted_by_fact_and_date_group_as_the_reports_one_by_one_and_keep_the_first_sources()
    {
        var reports = new List<TerritoryAnnexed>();
        for (var i = 0; i < 30; i++)
            reports.Add(Annexed(i % 3 == 0 ? "2014" : i % 3 == 1 ? "2014-03" : "2014-03-18",
                From(Guid.Parse($"00000000-0000-0000-0000-{i:D12}"), $"Outlet {i % 7}", $"2014-04-{1 + i % 20:D2}")));
        reports.Add(Annexed("2014-03-21", From(ArticleA, "Lone Wire")));
        var folded = Fold(reports);

        var tallies = reports.Select(r => (Key: (r.By, r.From), Source: Source.Of(r)))
            .GroupBy(r => (r.Key, r.Source.Date))
            .Select(g => (g.Key.Key, Tally.Of(g.Key.Date, g.Select(r => r.Source), TerritoryFacts.SampleSize)));
        var counted = TerritoryFacts.Of("crimea", tallies, [], []);

        Assert.Equal(["2014-03-18", "2014-03-21"], counted.Annexations.Select(a => a.Date.ToString()));
        Assert.Equal([30, 1], counted.Annexations.Select(a => a.Reports));
        Assert.Equal([7, 1], counted.Annexations.Select(a => a.Outlets));
        Assert.Equal(TerritoryFacts.SampleSize, counted.Annexations[0].Sources.Count);
        Assert.Equal(JsonSerializer.Serialize(folded.Sampled(TerritoryFacts.SampleSize)), JsonSerializer.Serialize(counted));
    }

    [Fact]
    public void A_referendum_names_each_result_once_in_the_order_of_its_first_report()
    {
        var facts = Fold([
            new ReferendumHeld("crimea", PartialDate.Parse("2014-03-16"), "96.77% in favour", From(ArticleB, "Two", "2014-03-18")),
            new ReferendumHeld("crimea", PartialDate.Parse("2014-03"), "97% in favour", From(ArticleA, "One", "2014-03-17")),
            new ReferendumHeld("crimea", PartialDate.Parse("2014-03-16"), "96.77% in favour", From(ArticleC, "Three", "2014-03-19")),
        ]);

        var referendum = Assert.Single(facts.Referendums);
        Assert.Equal(["97% in favour", "96.77% in favour"], referendum.Results);
        Assert.Equal((3, 3), (referendum.Reports, referendum.Outlets));
    }
}
