using System.Text.Json;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Stances;
using PositionTracker.Domain.Territories;
using PositionTracker.Positions;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Positions;

/// <summary>A position's answer cites a bounded sample however much the store holds, and still counts everything.</summary>
[Collection(TrackerCollection.Name)]
public sealed class BoundedAnswerTests(TrackerFixture tracker) : IAsyncLifetime
{
    private static readonly Actor Russia = Gazetteer.Default.ActorByCode("RUS")!;
    private static readonly Territory Crimea = Gazetteer.Default.TerritoryById("crimea")!;
    private static readonly DateOnly On = new(2030, 1, 1);

    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_day_dated_only_to_its_month_cites_its_first_reports_and_counts_every_report_and_outlet()
    {
        // Twenty-five reports of one claim, dated to March 2024, from twelve outlets; five more recorded later.
        for (var i = 0; i < 20; i++) await RecordAsync($"Wire {i % 12}", i, Claim("2024-03"));
        var before = DateTimeOffset.UtcNow;
        for (var i = 20; i < 25; i++) await RecordAsync($"Wire {i % 12}", i, Claim("2024-03"));
        await tracker.CaughtUpAsync();

        var claim = Assert.Single((await tracker.Queries.PositionOnAsync(Russia, Crimea, On, default)).Stances);
        Assert.Equal((25, 12, StanceInForce.SampleSize), (claim.Reports, claim.Outlets, claim.Evidence.Count));
        var then = Assert.Single((await tracker.Queries.PositionOnAsync(Russia, Crimea, On, default, before)).Stances);
        Assert.Equal((20, 12, 20), (then.Reports, then.Outlets, then.Evidence.Count));

        // The sample is the head of what the whole history folded at once cites, in its order.
        await using var session = tracker.Store.QuerySession();
        var history = Assert.Single(await Knowledge.Of(session, null).TimelinesOnAsync("crimea", default));
        var folded = Assert.Single(Position.Of(history, On).Stances);
        Assert.Equal(25, history.Entries.Sum(e => e.Sources.Count));
        Assert.Equal(folded.Evidence.Select(s => s.Event), claim.Evidence.Select(s => s.Event));
        Assert.Contains("... 25 reports in all", AnswerText.Position(await tracker.Queries.PositionOnAsync(Russia, Crimea, On, default)));
    }

    [Fact]
    public async Task A_position_names_the_most_reported_annexations_in_date_order_and_counts_the_others()
    {
        // One annexation three outlets date to the day (and one to its year), and seven dates one outlet each gives.
        for (var i = 0; i < 3; i++) await RecordAsync($"Wire {i}", i, Annexed("2014-03-18"));
        await RecordAsync("Wire 3", 3, Annexed("2014"));
        string[] misdated = ["2015-01-05", "2016-02-06", "2013-03-07", "2018-04-08", "2019-05-09", "2020-06-10", "2021-07-11"];
        for (var i = 0; i < misdated.Length; i++) await RecordAsync($"Wire {4 + i}", 4 + i, Annexed(misdated[i]));
        await tracker.CaughtUpAsync();

        var answer = await tracker.Queries.PositionOnAsync(Russia, Crimea, On, default);
        Assert.Equal(["2013-03-07", "2014-03-18", "2015-01-05", "2016-02-06", "2018-04-08"], answer.Annexations.Select(a => a.Date.ToString()));
        Assert.Equal([1, 4, 1, 1, 1], answer.Annexations.Select(a => a.Reports));
        Assert.Equal(3, answer.OtherAnnexations);
        Assert.Contains("and 3 other dates reported less often", AnswerText.Position(answer));

        var early = await tracker.Queries.PositionOnAsync(Russia, Crimea, new DateOnly(2016, 1, 1), default);
        Assert.Equal(["2013-03-07", "2014-03-18", "2015-01-05"], early.Annexations.Select(a => a.Date.ToString()));
        Assert.Equal(0, early.OtherAnnexations);
        Assert.Equal(["Wire 0", "Wire 1", "Wire 2", "Wire 3"], answer.Annexations[1].Sources.Select(s => s.Outlet));

        // Whatever the cut and the day, what is cited is what the territory's whole facts give.
        await using var session = tracker.Store.QuerySession();
        var known = Knowledge.Of(session, null);
        var whole = (await known.FactsAsync("crimea", default))!;
        foreach (var on in whole.Annexations.Select(a => a.Date.Start).Append(On))
            foreach (var shown in new[] { 1, 2, 5, 9 })
            {
                var by = whole.AnnexationsBy(on).ToList();
                var (cited, others) = await known.AnnexationsByAsync("crimea", on, shown, default);
                Assert.Equal(JsonSerializer.Serialize(TerritoryFacts.MostReported(by, shown)), JsonSerializer.Serialize(cited));
                Assert.Equal(Math.Max(0, by.Count - shown), others);
            }
    }

    private static Func<Provenance, IDerivedEvent> Claim(string date) => p =>
        new StatementMade("RUS", $"Speaker {p.Outlet}", "spokesman", "crimea", Stance.ClaimsSovereignty, $"Crimea is ours, says {p.Article}",
            PartialDate.Parse(date), p);

    private static Func<Provenance, IDerivedEvent> Annexed(string date) => p => new TerritoryAnnexed("RUS", "UKR", "crimea", PartialDate.Parse(date), p);

    /// <summary>An article of one outlet, its <paramref name="n"/>th, giving this report.</summary>
    private async Task RecordAsync(string outlet, int n, Func<Provenance, IDerivedEvent> report)
    {
        var article = new Article(outlet, $"Report {n}", new DateOnly(2024, 4, 1).AddDays(n), null, new Dictionary<string, string>(), $"Report {n} of {outlet}.");
        var source = new Provenance(article.Id, outlet, article.Published, Provenance.Gold);
        await using var session = tracker.Store.LightweightSession();
        session.Events.StartStream<ArticleRecord>(article.Id, [
            new ArticleIngested(article.Id, outlet, article.Title, article.Published, null, article.ContentHash, article.Body,
                article.Metadata, $"{n}.txt", Provenance.Gold),
            report(source)]);
        await session.SaveChangesAsync();
    }
}
