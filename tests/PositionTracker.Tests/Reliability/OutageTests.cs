using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mono.Unix.Native;
using Npgsql;
using PositionTracker.Tests.Support;
using PositionTracker.Web;

namespace PositionTracker.Tests.Reliability;

/// <summary>
/// The server as deployed (a separate process, its real log) while its database goes away and comes back:
/// 503s that say so and can be retried, a log that stays small, recovery without a restart, and a clean stop.
/// </summary>
[Collection(TrackerCollection.Name)]
public sealed class OutageTests(TrackerFixture tracker) : IAsyncLifetime
{
    private const string Key = "outage-test-key";
    private TcpRelay? _relay;
    private CliProcess? _server;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await tracker.ResetAsync();
        await tracker.IngestAsync(Repository.CuratedSeeds);
        var database = new NpgsqlConnectionStringBuilder(tracker.ConnectionString);
        _relay = new TcpRelay(database.Host!, database.Port);
        _relay.Start();
        var throughRelay = new NpgsqlConnectionStringBuilder(tracker.ConnectionString) { Host = "127.0.0.1", Port = _relay.Port, Timeout = 3 };

        var port = FreePort.Pick();
        _server = CliProcess.Start(throughRelay.ConnectionString, new Dictionary<string, string> { [ApiKey.Variable] = Key },
            "serve", "--urls", $"http://127.0.0.1:{port}");
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        _client.DefaultRequestHeaders.Add(ApiKey.Header, Key);
        await Eventually.UntilAsync(async () => (await TryGetAsync("/health"))?.StatusCode == HttpStatusCode.OK,
            () => "the server did not come up (or back) within a minute", TimeSpan.FromMinutes(1));
    }

    public async Task DisposeAsync()
    {
        _server?.Dispose();
        if (_relay is not null) await _relay.DisposeAsync();
        _client.Dispose();
    }

    [Fact]
    public async Task While_the_database_is_away_every_endpoint_answers_503_and_afterwards_all_answer_again()
    {
        _relay!.Cut();

        var health = await _client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("unreachable", (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("database").GetString());

        foreach (var path in (string[])["/api/stances/RUS/crimea", "/api/territories", "/api/talks", "/api/articles"])
        {
            var response = await _client.GetAsync(path);
            var detail = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains("retry", detail);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{path} says when to retry");
            Assert.DoesNotContain(_relay.Port.ToString(), await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain("Host=", await response.Content.ReadAsStringAsync());
        }

        _relay.Restore();
        await Eventually.UntilAsync(async () => (await TryGetAsync("/health"))?.StatusCode == HttpStatusCode.OK,
            () => "the server did not come up (or back) within a minute", TimeSpan.FromMinutes(1));
        var answer = await _client.GetFromJsonAsync<JsonElement>("/api/stances/RUS/crimea?on=2017-02-15");
        Assert.NotEmpty(answer.GetProperty("stances").EnumerateArray());
    }

    [Fact]
    public async Task An_article_refused_during_an_outage_leaves_a_few_lines_in_the_log_not_the_article()
    {
        const string marker = "unmistakable-body-words";
        var body = new StringBuilder("---\noutlet: Outage Wire\npublished: 2024-05-02\n---\n");
        while (body.Length < 1024 * 1024) body.Append(marker).Append(" said the ministry on Thursday. ");
        _relay!.Cut();
        var logBefore = _server!.Written;

        var response = await _client.PostAsync("/api/articles", new StringContent(body.ToString()));

        await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        await Task.Delay(500); // the log is written as the request ends
        var logged = _server.Written - logBefore;
        Assert.True(logged is > 0 and < 32 * 1024, $"an outage grew the log by {logged:N0} characters");
        Assert.DoesNotContain(marker, _server.Output + _server.Error);
    }

    [Fact]
    public async Task Serve_stops_cleanly_on_sigterm()
    {
        _server!.Signal(Signum.SIGTERM);

        var run = await _server.ExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Application is shutting down", run.Error + run.Out);
    }

    private async Task<HttpResponseMessage?> TryGetAsync(string path)
    {
        try
        {
            return await _client.GetAsync(path);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
