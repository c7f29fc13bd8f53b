using System.Text.Json;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Territories;
using PositionTracker.Positions;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Territories;

/// <summary>A territory's facts are counted from the index and only the rows an answer cites are read; the answers stay exact.</summary>
[Collection(TrackerCollection.Name)]
public sealed class FactRowsTests(TrackerFixture tracker) : IAsyncLifetime
{
    private const string OldExtractor = "extractor 0.9.0";

    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_report_set_aside_counts_as_known_before_and_no_longer_after()
    {
        var old = await RecordAsync("Old Wire", OldExtractor, Annexed("2014-03-18"), Control("RUS", ControlExtent.Full, "2014-03-18"));
        await RecordAsync("Gold Wire", Provenance.Gold, Annexed("2014-03-18"));
        await tracker.CaughtUpAsync();
        var before = DateTimeOffset.UtcNow;
        await SetAsideAsync(old, OldExtractor);
        await tracker.CaughtUpAsync();

        var then = await FactsAsync(before);
        Assert.Equal([(2, 2)], then!.Annexations.Select(a => (a.Reports, a.Outlets)));
        Assert.Equal([("RUS", 1)], then.Control.Select(c => (c.Controller, c.Reports)));
        var now = await FactsAsync(null);
        Assert.Equal([(1, 1)], now!.Annexations.Select(a => (a.Reports, a.Outlets)));
        Assert.Empty(now.Control);
        Assert.Null(await FactsAsync(before.AddDays(-1)));
        await AssertFactsOnEachDateAreTheWholeFactsOnThatDate(before, new DateOnly(2014, 3, 18), new DateOnly(2020, 1, 1));
    }

    [Fact]
    public async Task Control_on_a_date_is_each_controllers_latest_fact_by_then_with_reports_grouped_as_in_the_whole()
    {
        // The year-only report of full control is part of the later, dated fact; the year-only "most" stands on its own.
        await RecordAsync("Wire A", Provenance.Gold, Control("RUS", ControlExtent.Full, "2014-03-18"), Control("RUS", ControlExtent.Full, "2016"));
        await RecordAsync("Wire B", Provenance.Gold, Control("RUS", ControlExtent.Full, "2016-05-01"), Control("RUS", ControlExtent.Most, "2016"));
        await RecordAsync("Wire C", Provenance.Gold, Control("UKR", ControlExtent.Part, "2015-02"), Control("RUS", ControlExtent.Full, "2016-05-01"));
        await tracker.CaughtUpAsync();

        await using var session = tracker.Store.QuerySession();
        var onNewYear = await Knowledge.Of(session, null).FactsOnAsync("crimea", new DateOnly(2016, 1, 1), default);
        Assert.Equal([("RUS", ControlExtent.Most, "2016", 1), ("UKR", ControlExtent.Part, "2015-02", 1)],
            onNewYear!.Control.Select(c => (c.Controller, c.Extent, c.Date.ToString(), c.Reports)));
        var inJune = await Knowledge.Of(session, null).FactsOnAsync("crimea", new DateOnly(2016, 6, 1), default);
        Assert.Equal([("RUS", ControlExtent.Full, "2016-05-01", 3)], inJune!.Control.Where(c => c.Controller == "RUS")
            .Select(c => (c.Controller, c.Extent, c.Date.ToString(), c.Reports)));
        await AssertFactsOnEachDateAreTheWholeFactsOnThatDate(null,
            new DateOnly(2014, 3, 17), new DateOnly(2014, 3, 18), new DateOnly(2015, 12, 31), new DateOnly(2016, 1, 1), new DateOnly(2016, 6, 1));
    }

    [Fact]
    public async Task Control_on_a_date_reaches_back_to_each_controllers_latest_year_and_ignores_later_ones()
    {
        // UKR's 2016 report is part of a fact dated after New Year 2016, so on that day its latest is from 2012; RUS's later
        // reports, and a superseded one of 2015, count for nothing on that day.
        await RecordAsync("Wire A", Provenance.Gold, Control("UKR", ControlExtent.Part, "2012-06"), Control("UKR", ControlExtent.Most, "2011"));
        await RecordAsync("Wire B", Provenance.Gold, Control("UKR", ControlExtent.Part, "2016"), Control("UKR", ControlExtent.Part, "2016-05-01"));
        await RecordAsync("Wire C", Provenance.Gold, Control("RUS", ControlExtent.Full, "2014-03-18"), Control("RUS", ControlExtent.Full, "2019-04-02"));
        var old = await RecordAsync("Old Wire", OldExtractor, Control("RUS", ControlExtent.Part, "2015-07-07"));
        await tracker.CaughtUpAsync();
        var before = DateTimeOffset.UtcNow;
        await SetAsideAsync(old, OldExtractor);
        await tracker.CaughtUpAsync();

        await using var session = tracker.Store.QuerySession();
        var onNewYear = await Knowledge.Of(session, null).FactsOnAsync("crimea", new DateOnly(2016, 1, 1), default);
        Assert.Equal([("RUS", "2014-03-18"), ("UKR", "2012-06")], onNewYear!.Control.Select(c => (c.Controller, c.Date.ToString())));
        var known = await Knowledge.Of(session, before).FactsOnAsync("crimea", new DateOnly(2016, 1, 1), default);
        Assert.Equal([("RUS", "2015-07-07"), ("UKR", "2012-06")], known!.Control.Select(c => (c.Controller, c.Date.ToString())));
        var early = await Knowledge.Of(session, null).FactsOnAsync("crimea", new DateOnly(2010, 1, 1), default);
        Assert.Empty(early!.Control);
        await AssertFactsOnEachDateAreTheWholeFactsOnThatDate(null, new DateOnly(2010, 1, 1), new DateOnly(2011, 1, 1), new DateOnly(2013, 1, 1),
            new DateOnly(2016, 1, 1), new DateOnly(2016, 5, 1), new DateOnly(2019, 4, 1), new DateOnly(2020, 1, 1));
        await AssertFactsOnEachDateAreTheWholeFactsOnThatDate(before, new DateOnly(2015, 12, 31), new DateOnly(2016, 1, 1), new DateOnly(2017, 1, 1));
    }

    private async Task AssertFactsOnEachDateAreTheWholeFactsOnThatDate(DateTimeOffset? knownAt, params DateOnly[] dates)
    {
        await using var session = tracker.Store.QuerySession();
        var known = Knowledge.Of(session, knownAt);
        var whole = await known.FactsAsync("crimea", default);
        Assert.NotNull(whole);
        foreach (var on in dates)
            Assert.Equal(JsonSerializer.Serialize(whole.On(on)), JsonSerializer.Serialize(await known.FactsOnAsync("crimea", on, default)));
    }

    private async Task<TerritoryFacts?> FactsAsync(DateTimeOffset? knownAt)
    {
        await using var session = tracker.Store.QuerySession();
        return await Knowledge.Of(session, knownAt).FactsAsync("crimea", default);
    }

    private static Func<Provenance, IDerivedEvent> Annexed(string date) => p => new TerritoryAnnexed("RUS", "UKR", "crimea", PartialDate.Parse(date), p);

    private static Func<Provenance, IDerivedEvent> Control(string controller, ControlExtent extent, string date) =>
        p => new ControlReported("crimea", controller, extent, PartialDate.Parse(date), p);

    /// <summary>An article of one outlet giving these reports, as the reader named derived them.</summary>
    private async Task<Guid> RecordAsync(string outlet, string derivedBy, params Func<Provenance, IDerivedEvent>[] reports)
    {
        var article = new Article(outlet, "Crimea", new DateOnly(2016, 7, 1), null, new Dictionary<string, string>(), $"What {outlet} reported.");
        var source = new Provenance(article.Id, outlet, article.Published, derivedBy);
        await using var session = tracker.Store.LightweightSession();
        session.Events.StartStream<ArticleRecord>(article.Id, [
            new ArticleIngested(article.Id, outlet, article.Title, article.Published, null, article.ContentHash, article.Body,
                article.Metadata, "crimea.txt", derivedBy),
            ..reports.Select(r => (object)r(source))]);
        await session.SaveChangesAsync();
        return article.Id;
    }

    /// <summary>What re-extraction appends when a newer reader finds nothing in the article: its older reports set aside.</summary>
    private async Task SetAsideAsync(Guid article, string derivedBy)
    {
        await using var session = tracker.Store.LightweightSession();
        session.Events.Append(article, new ArticleReextracted(article, derivedBy, "extractor 9.9.9", ["crimea"]));
        await session.SaveChangesAsync();
    }
}
