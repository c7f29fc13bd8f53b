using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

[Collection(WebCollection.Name)]
public sealed class HostTests(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => web.ResetToSeedsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_health_endpoint_reports_the_database_the_last_event_the_high_water_mark_and_how_far_each_read_model_has_folded()
    {
        var health = await web.Reader().GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(121, health.GetProperty("lastEvent").GetInt64());
        var readModels = health.GetProperty("readModels").EnumerateArray().ToList();
        Assert.Contains(readModels, m => m.GetProperty("name").GetString()!.StartsWith("StatementRecords", StringComparison.Ordinal));
        Assert.All(readModels, m => Assert.Equal(0, m.GetProperty("behind").GetInt64()));
        // Caught up, the read models stand at the last event, and the daemon folds nothing beyond its high-water mark.
        Assert.Equal(health.GetProperty("lastEvent").GetInt64(), health.GetProperty("highWaterMark").GetInt64());
    }

    [Fact]
    public async Task The_api_is_described_by_an_openapi_document_with_interactive_docs()
    {
        var client = web.Reader();
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var docs = await client.GetAsync("/docs");

        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/stances/{actor}/{territory}", paths);
        Assert.Contains("/api/statements/{eventId}/corrections", paths);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_is_served_at_the_root()
    {
        var page = await web.Reader().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
