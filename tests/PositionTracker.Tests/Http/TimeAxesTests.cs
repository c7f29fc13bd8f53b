using System.Globalization;
using System.Text.Json;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

/// <summary>
/// Two time axes: on, the date of the statements, and knownAt, when the tracker recorded them. Here the RFE/RL
/// report of 15 February 2017 arrives first and Press TV's second.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TimeAxesTests(WebFixture web) : IAsyncLifetime
{
    private DateTimeOffset _firstRecorded;

    public async Task InitializeAsync()
    {
        await web.ResetAsync();
        var rferl = Assert.Single((await web.IngestAsync(Repository.SeedArticle("001_b2df20137c4bc402"))).Added);
        _firstRecorded = (await web.Reader().GetJsonAsync($"/api/articles/{rferl.Article}")).GetProperty("recordedAt").GetDateTimeOffset();
        await Task.Delay(50); // PostgreSQL stamps events with the transaction's start; the second article's must be later
        await web.IngestAsync(Repository.SeedArticle("000_c46b780812df3201"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string At(DateTimeOffset moment) => Uri.EscapeDataString(moment.ToString("O", CultureInfo.InvariantCulture));

    private async Task<IReadOnlyList<string?>> OutletsAsync(string path)
    {
        var answer = await web.Reader().GetJsonAsync(path);
        return answer.GetProperty("stances").EnumerateArray().SelectMany(s => s.GetProperty("evidence").Strings("outlet")).Distinct().Order().ToList();
    }

    [Fact]
    public async Task Asked_as_known_when_only_the_first_report_was_recorded_the_answer_cites_only_it()
    {
        Assert.Equal(["RFE/RL"], await OutletsAsync($"/api/stances/RUS/crimea?on=2017-02-15&knownAt={At(_firstRecorded)}"));
        Assert.Equal(["Press TV", "RFE/RL"], await OutletsAsync("/api/stances/RUS/crimea?on=2017-02-15"));
    }

    [Fact]
    public async Task Asked_as_known_before_anything_was_recorded_nothing_is_known()
    {
        var before = _firstRecorded.AddSeconds(-1);

        var answer = await web.Reader().GetJsonAsync($"/api/stances/RUS/crimea?on=2017-02-15&knownAt={At(before)}");
        var timeline = await web.Reader().GetJsonAsync($"/api/stances/RUS/crimea/timeline?knownAt={At(before)}");

        Assert.Empty(answer.GetProperty("stances").EnumerateArray());
        Assert.Empty(answer.GetProperty("annexations").EnumerateArray());
        Assert.Empty(timeline.GetProperty("entries").EnumerateArray());
        Assert.Equal(before, answer.GetProperty("knownAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_two_axes_are_independent_a_later_knownAt_does_not_move_the_statement_dates()
    {
        var now = At(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Empty(await OutletsAsync($"/api/stances/RUS/crimea?on=2017-02-14&knownAt={now}"));
        Assert.Equal(["Press TV", "RFE/RL"], await OutletsAsync($"/api/stances/RUS/crimea?on=2017-02-15&knownAt={now}"));
    }

    [Fact]
    public async Task Territories_actors_and_timelines_answer_as_known_at_a_moment_too()
    {
        var at = At(_firstRecorded);

        var territory = await web.Reader().GetJsonAsync($"/api/territories/crimea?on=2017-02-15&knownAt={at}");
        var actor = await web.Reader().GetJsonAsync($"/api/actors/RUS?on=2017-02-15&knownAt={at}");
        var timeline = await web.Reader().GetJsonAsync($"/api/stances/RUS/crimea/timeline?knownAt={at}");

        static IEnumerable<string?> Outlets(JsonElement positions) => positions.EnumerateArray()
            .SelectMany(p => p.GetProperty("stances").EnumerateArray()).SelectMany(s => s.GetProperty("evidence").Strings("outlet"));
        Assert.All(Outlets(territory.GetProperty("positions")), o => Assert.Equal("RFE/RL", o));
        Assert.All(Outlets(actor.GetProperty("positions")), o => Assert.Equal("RFE/RL", o));
        Assert.NotEmpty(Outlets(actor.GetProperty("positions")));
        Assert.All(timeline.GetProperty("entries").EnumerateArray().SelectMany(e => e.GetProperty("sources").Strings("outlet")),
            o => Assert.Equal("RFE/RL", o));
    }
}
