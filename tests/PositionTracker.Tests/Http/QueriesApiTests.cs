using System.Net;
using System.Text.Json;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

/// <summary>The read endpoints over the seeds: stances on a date, timelines, territories and actors, and what bad input gets.</summary>
[Collection(WebCollection.Name)]
public sealed class QueriesApiTests(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => web.ResetToSeedsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<JsonElement> Get(string path) => web.Reader().GetJsonAsync(path);

    private static JsonElement StanceIn(JsonElement stances, string stance) =>
        stances.EnumerateArray().Single(s => s.GetProperty("stance").GetString() == stance);

    [Fact]
    public async Task Russia_on_Crimea_on_15_February_2017_claims_it_and_refuses_talks_on_the_word_of_two_outlets()
    {
        var answer = await Get("/api/stances/RUS/crimea?on=2017-02-15");

        Assert.Equal(("RUS", "crimea", "2017-02-15"),
            (answer.GetProperty("actor").GetString(), answer.GetProperty("territory").GetString(), answer.GetProperty("on").GetString()));
        var stances = answer.GetProperty("stances");
        Assert.Equal(["ClaimsSovereignty", "RejectsNegotiation"], stances.Strings("stance").Order());
        var refusal = StanceIn(stances, "RejectsNegotiation");
        Assert.Equal(("negotiation", "2017-02-15", 0, 2), (refusal.GetProperty("dimension").GetString(),
            refusal.GetProperty("lastStated").GetString(), refusal.GetProperty("daysBefore").GetInt32(), refusal.GetProperty("outlets").GetInt32()));
        var evidence = refusal.GetProperty("evidence");
        Assert.Equal(["Press TV", "RFE/RL"], evidence.Strings("outlet").Distinct().Order());
        Assert.Contains("The theme of returning Crimea will not be discussed", evidence.Strings("quote"));
        Assert.All(evidence.EnumerateArray(), e => Assert.NotEqual(Guid.Empty, e.GetProperty("event").GetGuid()));
    }

    [Fact]
    public async Task The_day_before_no_statement_of_Russias_is_known_but_its_annexation_is()
    {
        var answer = await Get("/api/stances/RUS/crimea?on=2017-02-14");

        Assert.Empty(answer.GetProperty("stances").EnumerateArray());
        Assert.Contains("annexed by RUS from UKR", Assert.Single(answer.GetProperty("annexations").EnumerateArray()).GetProperty("what").GetString());
    }

    [Fact]
    public async Task Ukraine_on_Donetsk_on_1_March_2025_still_demands_it_back_as_it_did_732_days_before()
    {
        var stances = (await Get("/api/stances/UKR/donetsk?on=2025-03-01")).GetProperty("stances");

        var demand = StanceIn(stances, "DemandsReturn");
        Assert.Equal(("2023-02-28", 732), (demand.GetProperty("lastStated").GetString(), demand.GetProperty("daysBefore").GetInt32()));
        Assert.Equal("2025-02-27", StanceIn(stances, "RejectsAnnexation").GetProperty("lastStated").GetString());
        Assert.Equal("2025-02-27", StanceIn(stances, "ConcedesControl").GetProperty("lastStated").GetString());
    }

    [Fact]
    public async Task Names_are_accepted_where_codes_and_ids_are()
    {
        var byName = await Get("/api/stances/Russia/Crimea?on=2017-02-15");

        Assert.Equal(("RUS", "crimea"), (byName.GetProperty("actor").GetString(), byName.GetProperty("territory").GetString()));
    }

    [Fact]
    public async Task The_timeline_is_in_statement_order_with_one_entry_for_a_statement_two_outlets_reported()
    {
        var entries = (await Get("/api/stances/RUS/crimea/timeline")).GetProperty("entries").EnumerateArray().ToList();

        var dates = entries.Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var peskov = Assert.Single(entries, e => e.GetProperty("speaker").GetString() == "Dmitry Peskov"
                                                 && e.GetProperty("stance").GetString() == "RejectsNegotiation"
                                                 && e.GetProperty("date").GetString() == "2017-02-15");
        Assert.Equal(["Press TV", "RFE/RL"], peskov.GetProperty("sources").Strings("outlet").Order());
        Assert.Equal(2, peskov.GetProperty("outlets").GetInt32());
    }

    [Fact]
    public async Task A_timeline_comes_in_pages_that_go_on_where_the_last_one_stopped()
    {
        var whole = (await Get("/api/stances/RUS/crimea/timeline")).GetProperty("entries").EnumerateArray().Select(e => e.GetRawText()).ToList();
        var first = await Get("/api/stances/RUS/crimea/timeline?limit=1");
        var next = first.GetProperty("next").GetString();
        var second = await Get($"/api/stances/RUS/crimea/timeline?limit=100&after={next}");

        Assert.True(whole.Count >= 2, $"RUS on crimea has only {whole.Count} entries in the seeds");
        Assert.Equal(JsonValueKind.Null, (await Get("/api/stances/RUS/crimea/timeline")).GetProperty("next").ValueKind);
        var pages = first.GetProperty("entries").EnumerateArray().Concat(second.GetProperty("entries").EnumerateArray()).Select(e => e.GetRawText());
        Assert.Equal(whole, pages);
        Assert.All(second.GetProperty("entries").EnumerateArray(), e => Assert.True(string.CompareOrdinal(e.GetProperty("date").GetString(), next) > 0));
    }

    [Fact]
    public async Task A_territory_on_a_date_has_its_facts_and_every_actors_position()
    {
        var crimea = await Get("/api/territories/crimea?on=2017-02-15");
        var donetsk = await Get("/api/territories/donetsk?on=2025-03-01");

        Assert.Single(crimea.GetProperty("annexations").EnumerateArray());
        Assert.Single(crimea.GetProperty("referendums").EnumerateArray());
        Assert.Contains("RUS", crimea.GetProperty("positions").Strings("actor"));
        Assert.Contains("USA", crimea.GetProperty("positions").Strings("actor"));
        Assert.Contains("RUS controls most of it", donetsk.GetProperty("control").Strings("what"));
        Assert.Contains("UKR", donetsk.GetProperty("positions").Strings("actor"));
    }

    [Fact]
    public async Task The_territory_list_names_each_territory_with_the_actors_on_record()
    {
        var territories = (await Get("/api/territories")).EnumerateArray().ToList();

        var crimea = Assert.Single(territories, t => t.GetProperty("territory").GetString() == "crimea");
        Assert.Equal("Crimea", crimea.GetProperty("territoryName").GetString());
        Assert.Contains("RUS", crimea.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task An_actor_on_a_date_has_a_position_on_each_territory_it_spoke_of()
    {
        var ukraine = await Get("/api/actors/UKR?on=2025-03-01");

        var territories = ukraine.GetProperty("positions").Strings("territory").ToList();
        Assert.Contains("donetsk", territories);
        Assert.Equal(territories.Order(StringComparer.Ordinal), territories);
        Assert.All(ukraine.GetProperty("positions").EnumerateArray(), p => Assert.NotEmpty(p.GetProperty("stances").EnumerateArray()));
    }

    [Theory]
    [InlineData("/api/stances/XYZ/crimea", HttpStatusCode.NotFound, "unknown actor 'XYZ'")]
    [InlineData("/api/stances/RUS/krimea", HttpStatusCode.NotFound, "unknown territory 'krimea'")]
    [InlineData("/api/stances/RUS/crimea?on=2017-02-30", HttpStatusCode.BadRequest, "on '2017-02-30' is not a date")]
    [InlineData("/api/stances/RUS/crimea?knownAt=yesterday", HttpStatusCode.BadRequest, "knownAt 'yesterday' is not a timestamp")]
    [InlineData("/api/stances/RUS/crimea/timeline?knownAt=soon", HttpStatusCode.BadRequest, "knownAt 'soon' is not a timestamp")]
    [InlineData("/api/stances/RUS/crimea/timeline?limit=0", HttpStatusCode.BadRequest, "limit '0' is not a page size: use a whole number from 1 to 5000")]
    [InlineData("/api/stances/RUS/crimea/timeline?after=last-week", HttpStatusCode.BadRequest, "after 'last-week' is not a date")]
    [InlineData("/api/territories/crimea?on=15.02.2017", HttpStatusCode.BadRequest, "use YYYY-MM-DD")]
    [InlineData("/api/actors/ZZZ", HttpStatusCode.NotFound, "unknown actor 'ZZZ'")]
    [InlineData("/api/talks?from=2017-13-01", HttpStatusCode.BadRequest, "from '2017-13-01' is not a date")]
    [InlineData("/api/talks?party=XYZ", HttpStatusCode.NotFound, "unknown actor 'XYZ'")]
    [InlineData("/api/discrepancies?territory=atlantis", HttpStatusCode.NotFound, "unknown territory 'atlantis'")]
    public async Task Bad_input_is_a_problem_that_says_how_to_fix_it(string path, HttpStatusCode status, string detail)
    {
        var response = await web.Reader().GetAsync(path);

        Assert.Contains(detail, await response.ProblemAsync(status));
    }

    [Fact]
    public async Task An_unparseable_number_is_a_400_not_a_silent_default()
    {
        var response = await web.Reader().GetAsync("/api/articles?limit=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
