using System.Net;
using System.Text.Json;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Reliability;

/// <summary>Every time a request names takes any ISO 8601 offset and means the same instant in UTC.</summary>
[Collection(WebCollection.Name)]
public sealed class TimeParameterTests(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => web.ResetToSeedsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The same instant, 2030-01-01T00:00:00Z, written with different offsets (a '+' left unencoded arrives as a space).</summary>
    public static TheoryData<string> SameInstant() =>
    [
        "2030-01-01T05:00:00%2B05:00", "2030-01-01T05:30:00%2B05:30", "2029-12-31T21:00:00-03:00",
        "2030-01-01T00:00:00%2B00:00", "2030-01-01T05:00:00+05:00", "2030-01-01T01:00:00.000%2B01:00",
    ];

    private static readonly string[] KnownAtEndpoints =
    [
        "/api/stances/RUS/crimea?on=2017-02-15", "/api/stances/RUS/crimea/timeline?x=1",
        "/api/actors/RUS?on=2017-02-15", "/api/territories/crimea?on=2017-02-15",
    ];

    [Theory]
    [MemberData(nameof(SameInstant))]
    public async Task KnownAt_with_any_offset_answers_as_the_same_instant_in_utc(string knownAt)
    {
        var client = web.Reader();
        foreach (var endpoint in KnownAtEndpoints)
        {
            var inUtc = await client.GetJsonAsync($"{endpoint}&knownAt=2030-01-01T00:00:00Z");
            var withOffset = await client.GetJsonAsync($"{endpoint}&knownAt={knownAt}");

            Assert.Equal(inUtc.GetRawText(), withOffset.GetRawText());
            Assert.StartsWith("2030-01-01T00:00:00", withOffset.GetProperty("knownAt").GetString());
        }
    }

    [Fact]
    public async Task A_moment_before_anything_was_ingested_in_any_offset_knows_nothing_yet()
    {
        var before = await web.Reader().GetJsonAsync("/api/stances/RUS/crimea?on=2017-02-15&knownAt=2001-01-01T09:00:00%2B09:00");

        Assert.Empty(before.GetProperty("stances").EnumerateArray());
    }

    [Fact]
    public async Task On_given_as_a_moment_with_an_offset_is_the_day_it_was_in_utc()
    {
        var client = web.Reader();

        var lateEvening = await client.GetJsonAsync("/api/stances/RUS/crimea?on=2017-02-15T23:30:00-03:00");
        var earlyMorning = await client.GetJsonAsync("/api/territories/crimea?on=2017-02-16T01:00:00%2B05:00");

        Assert.Equal("2017-02-16", lateEvening.GetProperty("on").GetString());
        Assert.Equal("2017-02-15", earlyMorning.GetProperty("on").GetString());
    }

    [Fact]
    public async Task The_talks_window_takes_offsets_too()
    {
        var talks = await web.Reader().GetJsonAsync("/api/talks?from=2014-01-01T02:00:00%2B05:00&to=2030-01-01T00:00:00-08:00");

        Assert.Equal(("2013-12-31", "2030-01-01"), (talks.GetProperty("from").GetString(), talks.GetProperty("to").GetString()));
        Assert.NotEmpty(talks.GetProperty("talks").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/stances/RUS/crimea?knownAt=yesterday", "knownAt")]
    [InlineData("/api/stances/RUS/crimea?on=2017-02-30T00:00:00Z", "on")]
    [InlineData("/api/talks?from=2014-13-01", "from")]
    public async Task A_time_that_is_not_one_is_a_400_naming_the_parameter(string path, string parameter)
    {
        var detail = await (await web.Reader().GetAsync(path)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(parameter + " '", detail);
    }
}
