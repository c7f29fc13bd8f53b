using System.Text.Json;
using Marten;
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
    public async Task Every_territory_s_facts_folded_from_the_records_in_force_now_equal_its_document()
    {
        await IngestSeedsAndDevArticlesAsync();
        await using var session = tracker.Store.QuerySession();
        var documents = await session.Query<TerritoryFacts>().ToListAsync();
        var now = Knowledge.Of(session, DateTimeOffset.UtcNow.AddMinutes(1));

        var withFacts = documents.Where(d => d.Annexations.Count + d.Referendums.Count + d.Control.Count > 0).ToList();
        Assert.True(withFacts.Count > 20, $"only {withFacts.Count} territories with facts to compare");
        foreach (var document in withFacts)
        {
            var folded = await now.FactsAsync(document.Id, default);
            Assert.Equal(JsonSerializer.Serialize((document.Annexations, document.Referendums, document.Control)),
                JsonSerializer.Serialize((folded!.Annexations, folded.Referendums, folded.Control)));
        }
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
