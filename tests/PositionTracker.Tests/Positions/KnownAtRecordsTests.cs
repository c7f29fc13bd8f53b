using System.Text.Json;
using Marten;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Territories;
using PositionTracker.Positions;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Positions;

/// <summary>The statement and fact records, read by index a day or a page at a time, answer as the whole history folded at once does.</summary>
[Collection(TrackerCollection.Name)]
public sealed class KnownAtRecordsTests(TrackerFixture tracker) : IAsyncLifetime
{
    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_position_read_a_day_at_a_time_equals_the_fold_of_the_whole_history()
    {
        await IngestSeedsAndDevArticlesAsync();
        await using var session = tracker.Store.QuerySession();
        var known = Knowledge.Of(session, null);
        var histories = await known.TimelinesOnAsync(null, default);

        Assert.True(histories.Count > 50, $"only {histories.Count} timelines to compare");
        foreach (var history in histories)
            foreach (var on in Days(history))
                Assert.Equal(JsonSerializer.Serialize(Position.Of(history, on)),
                    JsonSerializer.Serialize(await known.PositionAsync(history.Actor, history.Territory, on, default)));
    }

    [Fact]
    public async Task A_timeline_read_in_small_pages_is_the_whole_history_in_order_with_what_superseded_each_entry()
    {
        await IngestSeedsAndDevArticlesAsync();
        await using var session = tracker.Store.QuerySession();
        var known = Knowledge.Of(session, null);
        var histories = (await known.TimelinesOnAsync(null, default)).Where(t => t.Entries.Count >= 3).ToList();

        Assert.True(histories.Count > 5, $"only {histories.Count} timelines of three entries or more");
        foreach (var history in histories)
        {
            var entries = new List<TimelineEntry>();
            DateOnly? after = null;
            var pages = 0;
            do
            {
                var page = await known.TimelineAsync(history.Actor, history.Territory, after, limit: 2, default);
                entries.AddRange(page.Entries);
                after = page.Next;
                Assert.True(++pages <= history.Entries.Count + 1, $"{history.Actor}/{history.Territory}: the pages do not end");
            } while (after is not null);

            Assert.True(pages > 1, $"{history.Actor}/{history.Territory} came in one page");
            Assert.Equal(JsonSerializer.Serialize(history.WithSupersession()), JsonSerializer.Serialize(entries));
        }
    }

    /// <summary>Each statement day, the day before it, and a day long after: where a position changes, and where it holds.</summary>
    private static IEnumerable<DateOnly> Days(StanceTimeline history) => history.Entries
        .SelectMany(e => new[] { e.Date.Start, e.Date.Start.AddDays(-1) })
        .Append(new DateOnly(2030, 1, 1))
        .Distinct();

    [Fact]
    public async Task Every_territory_s_facts_counted_from_the_rows_equal_the_fold_of_its_events_one_by_one()
    {
        await IngestSeedsAndDevArticlesAsync();
        await using var session = tracker.Store.QuerySession();
        var folded = await FoldEveryEventAsync(session);

        var withFacts = folded.Values.Where(f => f.Annexations.Count + f.Referendums.Count + f.Control.Count > 0).ToList();
        Assert.True(withFacts.Count > 20, $"only {withFacts.Count} territories with facts to compare");
        Assert.Contains(withFacts, f => f.Annexations.Any(a => a.Reports > 1));
        foreach (var knownAt in new DateTimeOffset?[] { null, DateTimeOffset.UtcNow.AddMinutes(1) })
        {
            var rows = Knowledge.Of(session, knownAt);
            foreach (var fold in withFacts)
                Assert.Equal(JsonSerializer.Serialize(fold.Sampled(TerritoryFacts.SampleSize)),
                    JsonSerializer.Serialize(await rows.FactsAsync(fold.Id, default)));
            Assert.Equal(JsonSerializer.Serialize(withFacts.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Sampled(1))),
                JsonSerializer.Serialize(await rows.FactsEverywhereAsync(1, default)));
        }
        var now = Knowledge.Of(session, null);
        var counts = await now.FactCountsAsync(default);
        foreach (var fold in withFacts)
            Assert.Equal((fold.Annexations.Count, fold.Control.Count), counts.GetValueOrDefault(fold.Id));
        await AssertAnnexationsCitedAreTheMostReportedOfTheFoldAsync(now, withFacts);
    }

    /// <summary>What a position's answer cites, on each annexation's day and the day before: the fold's most reported, sampled, and how many others.</summary>
    private static async Task AssertAnnexationsCitedAreTheMostReportedOfTheFoldAsync(Knowledge known, IReadOnlyList<TerritoryFacts> folds)
    {
        var annexed = folds.Where(f => f.Annexations.Count > 0).ToList();
        Assert.NotEmpty(annexed);
        foreach (var fold in annexed)
            foreach (var on in fold.Annexations.SelectMany(a => new[] { a.Date.Start, a.Date.Start.AddDays(-1) }).Append(new DateOnly(2030, 1, 1)))
                foreach (var shown in new[] { 1, 5 })
                {
                    var by = fold.Sampled(TerritoryFacts.SampleSize).AnnexationsBy(on).ToList();
                    var (cited, others) = await known.AnnexationsByAsync(fold.Id, on, shown, default);
                    Assert.Equal(JsonSerializer.Serialize(TerritoryFacts.MostReported(by, shown)), JsonSerializer.Serialize(cited));
                    Assert.Equal(by.Count - cited.Count, others);
                }
    }

    /// <summary>What the territory documents held before facts became rows: every fact event folded in the order recorded.</summary>
    private static async Task<IReadOnlyDictionary<string, TerritoryFacts>> FoldEveryEventAsync(IQuerySession session)
    {
        var facts = new Dictionary<string, TerritoryFacts>();
        TerritoryFacts Of(string territory) => facts.GetValueOrDefault(territory) ?? TerritoryFacts.Empty(territory);
        foreach (var e in await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync())
        {
            switch (e.Data)
            {
                case TerritoryAnnexed a: facts[a.Territory] = Of(a.Territory).Record(a, e.Id); break;
                case ReferendumHeld r: facts[r.Territory] = Of(r.Territory).Record(r, e.Id); break;
                case ControlReported c: facts[c.Territory] = Of(c.Territory).Record(c, e.Id); break;
                case ArticleReextracted x:
                    foreach (var t in x.Territories) facts[t] = Of(t).Without(x.ArticleId, x.Superseded);
                    break;
            }
        }
        return facts;
    }

    [Fact]
    public async Task The_actors_read_by_skipping_through_the_index_are_every_actor_ever_recorded_on_each_territory()
    {
        await IngestSeedsAndDevArticlesAsync();
        await using var session = tracker.Store.QuerySession();
        var events = await session.Events.QueryAllRawEvents().ToListAsync();
        var spoken = events.Select(e => e.Data)
            .SelectMany(d => d switch
            {
                StatementMade s => [(s.Territory, s.Actor)],
                StatementCorrected { Amended: { } a } => [(a.Territory, a.Actor)],
                _ => Array.Empty<(string Territory, string Actor)>(),
            })
            .Distinct().ToList();
        var factTerritories = events.Select(e => e.Data).OfType<IDerivedEvent>().Select(Reextraction.TerritoryOf).OfType<string>();
        var known = Knowledge.Of(session, null);

        Assert.True(spoken.Select(p => p.Territory).Distinct().Count() > 20, "too few territories to compare");
        var byTerritory = await known.ActorsByTerritoryAsync(default);
        Assert.Equal(spoken.Select(p => p.Territory).Concat(factTerritories).Distinct().Order(StringComparer.Ordinal), byTerritory.Keys.Order(StringComparer.Ordinal));
        foreach (var territory in spoken.GroupBy(p => p.Territory))
        {
            var actors = territory.Select(p => p.Actor).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(actors, await known.ActorsOnAsync(territory.Key, default));
            Assert.Equal(actors, byTerritory[territory.Key]);
        }
        foreach (var actor in spoken.GroupBy(p => p.Actor))
            Assert.Equal(actor.Select(p => p.Territory).Order(StringComparer.Ordinal), await known.TerritoriesOfAsync(actor.Key, default));
    }

    /// <summary>The curated seeds, and the fifty development articles as the extractor reads them: many actors, territories and facts.</summary>
    private async Task IngestSeedsAndDevArticlesAsync()
    {
        await tracker.IngestAsync(Repository.CuratedSeeds);
        await tracker.Batch.IngestAsync([Path.Combine(Repository.Seeds, "dev", "articles")], null, default, ignoreGold: true);
        await tracker.CaughtUpAsync();
    }

    [Fact]
    public async Task Before_anything_was_recorded_the_records_know_nothing()
    {
        await tracker.IngestAsync(Repository.CuratedSeeds);
        await using var session = tracker.Store.QuerySession();

        var before = Knowledge.Of(session, DateTimeOffset.UtcNow.AddDays(-1));

        Assert.Empty((await before.PositionAsync("RUS", "crimea", new DateOnly(2030, 1, 1), default)).Stances);
        Assert.Empty((await before.TimelineAsync("RUS", "crimea", null, 10, default)).Entries);
        Assert.Empty(await before.TimelinesOnAsync("crimea", default));
        Assert.Null(await before.FactsAsync("crimea", default));
    }
}
