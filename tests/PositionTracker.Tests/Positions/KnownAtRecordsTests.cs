using System.Text.Json;
using Marten;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Territories;
using PositionTracker.Positions;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Positions;

/// <summary>The statement and fact records answer "as known now" exactly as the documents do, for every actor and territory.</summary>
[Collection(TrackerCollection.Name)]
public sealed class KnownAtRecordsTests(TrackerFixture tracker) : IAsyncLifetime
{
    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_timeline_folded_from_the_records_in_force_now_equals_its_document()
    {
        await IngestSeedsAndDevArticlesAsync();
        await using var session = tracker.Store.QuerySession();
        var documents = await session.Query<StanceTimeline>().ToListAsync();
        var now = new KnowledgeAt(session, DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.True(documents.Count > 50, $"only {documents.Count} timelines to compare");
        foreach (var document in documents)
            Assert.Equal(JsonSerializer.Serialize(document), JsonSerializer.Serialize(await now.TimelineAsync(document.Actor, document.Territory, default)));
    }

    [Fact]
    public async Task Every_territory_s_facts_folded_from_the_records_in_force_now_equal_its_document()
    {
        await IngestSeedsAndDevArticlesAsync();
        await using var session = tracker.Store.QuerySession();
        var documents = await session.Query<TerritoryFacts>().ToListAsync();
        var now = new KnowledgeAt(session, DateTimeOffset.UtcNow.AddMinutes(1));

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

        var before = new KnowledgeAt(session, DateTimeOffset.UtcNow.AddDays(-1));

        Assert.Null(await before.TimelineAsync("RUS", "crimea", default));
        Assert.Empty(await before.TimelinesOnAsync("crimea", default));
        Assert.Null(await before.FactsAsync("crimea", default));
    }
}
