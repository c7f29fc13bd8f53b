using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PositionTracker.Domain.Articles;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

/// <summary>Analysts' corrections: new events in the article's stream, applied by the projections, invisible before they were made.</summary>
[Collection(WebCollection.Name)]
public sealed class CorrectionsApiTests(WebFixture web) : IAsyncLifetime
{
    private const string ZakharovasClaim = "Crimea is territory belonging to the Russian Federation";

    public Task InitializeAsync() => web.ResetToSeedsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> ClaimAsync(string query = "")
    {
        var answer = await web.Reader().GetJsonAsync($"/api/stances/RUS/crimea?on=2017-02-15{query}");
        return answer.GetProperty("stances").EnumerateArray().Single(s => s.GetProperty("stance").GetString() == "ClaimsSovereignty");
    }

    private async Task<JsonElement> EvidenceQuotingAsync(string quote) =>
        (await ClaimAsync()).GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("quote").GetString() == quote);

    private async Task<Guid> StatementQuotingAsync(string quote) => (await EvidenceQuotingAsync(quote)).GetProperty("event").GetGuid();

    /// <summary>Posts the correction and waits until the read models have it, as an analyst reloading the page would.</summary>
    private async Task<HttpResponseMessage> CorrectAsync(Guid statement, object correction, HttpClient? client = null)
    {
        var response = await (client ?? web.Writer()).PostAsJsonAsync($"/api/statements/{statement}/corrections", correction);
        await web.CaughtUpAsync();
        return response;
    }

    [Fact]
    public async Task A_retraction_removes_the_statement_now_and_not_as_known_before_it()
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);

        var response = await CorrectAsync(statement, new { analyst = "J. Analyst", reason = "misattributed", retract = true });

        var created = await response.JsonAsync(HttpStatusCode.Created);
        var article = created.GetProperty("article").GetGuid();
        Assert.Equal($"/api/articles/{article}", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain(ZakharovasClaim, (await ClaimAsync()).GetProperty("evidence").Strings("quote"));

        var details = await web.Reader().GetJsonAsync($"/api/articles/{article}");
        var correction = Assert.Single(details.GetProperty("corrections").EnumerateArray());
        Assert.Contains("J. Analyst retracted", correction.GetProperty("summary").GetString());
        Assert.False(details.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("eventId").GetGuid() == statement)
            .GetProperty("current").GetBoolean());

        var correctedAt = correction.GetProperty("recordedAt").GetDateTimeOffset();
        var before = Uri.EscapeDataString(correctedAt.AddMilliseconds(-1).ToString("O", CultureInfo.InvariantCulture));
        var after = Uri.EscapeDataString(correctedAt.ToString("O", CultureInfo.InvariantCulture));
        Assert.Contains(ZakharovasClaim, (await ClaimAsync($"&knownAt={before}")).GetProperty("evidence").Strings("quote"));
        Assert.DoesNotContain(ZakharovasClaim, (await ClaimAsync($"&knownAt={after}")).GetProperty("evidence").Strings("quote"));
    }

    [Fact]
    public async Task An_amended_date_moves_that_report_of_the_statement_and_names_the_analyst()
    {
        var spicer = (await web.Reader().GetJsonAsync("/api/stances/USA/crimea?on=2017-02-14")).GetProperty("stances")
            .EnumerateArray().Single(s => s.GetProperty("stance").GetString() == "DemandsReturn")
            .GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("outlet").GetString() == "Press TV").GetProperty("event").GetGuid();

        await (await CorrectAsync(spicer, new { analyst = "K. Reviewer", reason = "the briefing was on the 13th", date = "2017-02-13" }))
            .JsonAsync(HttpStatusCode.Created);

        var demands = (await web.Reader().GetJsonAsync("/api/stances/USA/crimea/timeline")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("speaker").GetString() == "Sean Spicer")
            .ToDictionary(e => e.GetProperty("date").GetString()!, e => e.GetProperty("sources").EnumerateArray().Single());
        Assert.Equal(["2017-02-13", "2017-02-14"], demands.Keys.Order());
        Assert.Equal(("Press TV", "corrected by K. Reviewer"),
            (demands["2017-02-13"].GetProperty("outlet").GetString(), demands["2017-02-13"].GetProperty("derivedBy").GetString()));
        Assert.Equal(("RFE/RL", "gold"), (demands["2017-02-14"].GetProperty("outlet").GetString(), demands["2017-02-14"].GetProperty("derivedBy").GetString()));
    }

    [Fact]
    public async Task A_retracted_statement_cannot_be_corrected_again()
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);
        await (await CorrectAsync(statement, new { analyst = "J. Analyst", reason = "misattributed", retract = true })).JsonAsync(HttpStatusCode.Created);

        var again = await CorrectAsync(statement, new { analyst = "K. Reviewer", reason = "a second look", stance = "RejectsNegotiation" });

        Assert.Contains("was retracted by J. Analyst", await again.ProblemAsync(HttpStatusCode.Conflict));
    }

    [Theory]
    [InlineData(null, "a reason", "name the analyst")]
    [InlineData("J. Analyst", null, "give the reason")]
    public async Task A_correction_without_an_analyst_or_a_reason_is_refused(string? analyst, string? reason, string problem)
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);

        var response = await CorrectAsync(statement, new { analyst, reason, retract = true });

        Assert.Contains(problem, await response.ProblemAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_amendment_to_an_unknown_stance_is_refused_naming_the_stances()
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);

        var response = await CorrectAsync(statement, new { analyst = "J. Analyst", reason = "typo", stance = "Annoyed" });

        var detail = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("unknown stance 'Annoyed'", detail);
        Assert.Contains("RecognizesSovereignty", detail);
    }

    [Fact]
    public async Task A_correction_of_an_unknown_statement_is_a_404_and_without_the_key_a_401()
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);

        var unknown = await CorrectAsync(Guid.NewGuid(), new { analyst = "J. Analyst", reason = "r", retract = true });
        var anonymous = await CorrectAsync(statement, new { analyst = "J. Analyst", reason = "r", retract = true }, web.Reader());

        Assert.Contains("no statement with event id", await unknown.ProblemAsync(HttpStatusCode.NotFound));
        await anonymous.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(ZakharovasClaim, (await ClaimAsync()).GetProperty("evidence").Strings("quote"));
    }

    [Theory]
    [InlineData("actor", "Atlantis", "unknown actor 'Atlantis'")]
    [InlineData("territory", "Narnia", "unknown territory 'Narnia'")]
    [InlineData("date", "last Tuesday", "'last Tuesday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")]
    public async Task An_amendment_to_a_value_the_tracker_cannot_read_is_refused_saying_which(string field, string value, string problem)
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);

        var response = await CorrectAsync(statement, new Dictionary<string, object> { ["analyst"] = "J. Analyst", ["reason"] = "typo", [field] = value });

        Assert.Contains(problem, await response.ProblemAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_retraction_that_also_amends_is_refused()
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);

        var response = await CorrectAsync(statement, new { analyst = "J. Analyst", reason = "r", retract = true, date = "2017-02-13" });

        Assert.Contains("a retraction amends nothing", await response.ProblemAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_amendment_to_what_the_statement_already_says_is_refused_and_appends_nothing()
    {
        var statement = await StatementQuotingAsync(ZakharovasClaim);

        var response = await CorrectAsync(statement, new { analyst = "J. Analyst", reason = "r", actor = "Russia", stance = "ClaimsSovereignty" });

        Assert.Contains("nothing to change", await response.ProblemAsync(HttpStatusCode.BadRequest));
        var article = (await EvidenceQuotingAsync(ZakharovasClaim)).GetProperty("article").GetGuid();
        Assert.Empty((await web.Reader().GetJsonAsync($"/api/articles/{article}")).GetProperty("corrections").EnumerateArray());
    }

    [Fact]
    public async Task A_correction_citing_an_event_that_is_not_a_statement_is_a_404()
    {
        var article = (await EvidenceQuotingAsync(ZakharovasClaim)).GetProperty("article").GetGuid();
        var ingested = Article.EventId(article, 1);

        var response = await CorrectAsync(ingested, new { analyst = "J. Analyst", reason = "r", retract = true });

        Assert.Equal($"no statement with event id {ingested}", await response.ProblemAsync(HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_request_that_cannot_be_read_is_a_400_before_the_statement_is_looked_for()
    {
        var response = await CorrectAsync(Guid.NewGuid(), new { reason = "r", retract = true });

        Assert.Contains("name the analyst", await response.ProblemAsync(HttpStatusCode.BadRequest));
    }
}
