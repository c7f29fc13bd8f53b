using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Rebuilding;

[Collection(TrackerCollection.Name)]
public sealed class RebuildTests(TrackerFixture tracker) : IAsyncLifetime
{
    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rebuild_from_the_events_gives_the_same_read_models_as_live_projection()
    {
        await tracker.IngestAsync(Repository.CuratedSeeds);
        var live = await tracker.ReadModelsAsync();
        Assert.Equal(4, live.Count);
        Assert.All(live.Values, rows => Assert.NotEmpty(rows));

        var rebuilt = await tracker.Rebuilder.RebuildAsync(null, default);

        Assert.Equal(4, rebuilt.Count);
        Assert.Equal(live, await tracker.ReadModelsAsync());
    }

    [Fact]
    public async Task A_rebuild_restores_read_models_that_were_lost()
    {
        await tracker.IngestAsync(Repository.CuratedSeeds);
        var live = await tracker.ReadModelsAsync();
        await tracker.DeleteReadModelsAsync();
        Assert.All((await tracker.ReadModelsAsync()).Values, Assert.Empty);
        Assert.Equal(5 + 116, await tracker.EventCountAsync());

        await tracker.Rebuilder.RebuildAsync(null, default);

        Assert.Equal(live, await tracker.ReadModelsAsync());
    }
}
