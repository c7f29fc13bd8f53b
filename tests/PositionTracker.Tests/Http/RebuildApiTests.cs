using System.Net;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

[Collection(WebCollection.Name)]
public sealed class RebuildApiTests(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => web.ResetToSeedsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rebuild_replays_every_projection_reports_its_progress_and_changes_no_answer()
    {
        const string question = "/api/territories/donetsk?on=2025-03-01";
        var before = await (await web.Reader().GetAsync(question)).Content.ReadAsStringAsync();

        var report = await (await web.Writer().PostAsync("/api/admin/rebuild", null)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(4, report.GetProperty("rebuilt").GetArrayLength());
        Assert.Contains(report.GetProperty("progress").EnumerateArray(), line => line.GetString()!.Contains("replaying 121 events"));
        Assert.Equal(before, await (await web.Reader().GetAsync(question)).Content.ReadAsStringAsync());
    }
}
