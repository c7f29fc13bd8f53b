using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Ingesting;

[Collection(TrackerCollection.Name)]
public sealed class IngestingArticlesTests(TrackerFixture tracker) : IAsyncLifetime
{
    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_seed_article_becomes_a_stream_of_its_gold_events()
    {
        var report = await tracker.IngestAsync(Repository.CuratedSeeds);

        Assert.Equal(5, report.Added.Count);
        Assert.All(report.Added, a => Assert.Equal("gold", a.DerivedBy));
        Assert.Equal([10, 8, 33, 31, 34], report.Added.Select(a => a.Events));
        Assert.Equal(5 + 116, await tracker.EventCountAsync());
    }

    [Fact]
    public async Task Ingesting_the_same_articles_again_appends_nothing()
    {
        await tracker.IngestAsync(Repository.CuratedSeeds);
        var before = await tracker.ReadModelsAsync();
        var events = await tracker.EventCountAsync();

        var again = await tracker.IngestAsync(Repository.CuratedSeeds);

        Assert.Empty(again.Added);
        Assert.Equal(5, again.Skipped.Count);
        Assert.Equal(events, await tracker.EventCountAsync());
        Assert.Equal(before, await tracker.ReadModelsAsync());
    }

    [Fact]
    public async Task Any_order_of_ingestion_gives_the_same_read_models()
    {
        await tracker.IngestAsync(Repository.CuratedSeeds);
        var inOrder = await tracker.ReadModelsAsync(withRecordingTime: false);

        var articles = Repository.SeedArticles;
        foreach (var order in new[] { articles.Reverse(), new[] { 2, 4, 0, 3, 1 }.Select(i => articles[i]) })
        {
            await tracker.ResetAsync();
            foreach (var file in order) await tracker.IngestAsync(file);
            Assert.Equal(inOrder, await tracker.ReadModelsAsync(withRecordingTime: false));
        }
    }

    [Fact]
    public async Task Articles_ingested_at_the_same_time_give_the_same_read_models_as_one_by_one()
    {
        await tracker.IngestAsync(Repository.CuratedSeeds);
        var oneByOne = await tracker.ReadModelsAsync(withRecordingTime: false);
        await tracker.ResetAsync();

        await Task.WhenAll(Repository.SeedArticles.Select(file => Task.Run(() => tracker.IngestAsync(file))));

        Assert.Equal(oneByOne, await tracker.ReadModelsAsync(withRecordingTime: false));
    }
}
