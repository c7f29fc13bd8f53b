using System.Text.Json;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

/// <summary>Talks by date and party; facts on which outlets disagree, and how many outlets back each one.</summary>
[Collection(WebCollection.Name)]
public sealed class TalksAndDiscrepanciesApiTests(WebFixture web) : IAsyncLifetime
{
    private readonly ArticleFolder _folder = new();

    public Task InitializeAsync() => web.ResetAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private string Report(string name, string outlet, string gold) => _folder.Annotated(name, $"""
        ---
        outlet: {outlet}
        published: 2025-03-03
        title: A report from {outlet}
        ---
        A report written for this test, numbered {name}.
        """, $"[{gold}]");

    private static string Annexation(string date) =>
        $$"""{"type": "TerritoryAnnexed", "by": "RUS", "from": "UKR", "territory": "crimea", "date": "{{date}}"}""";

    private static string Control(string extent) =>
        $$"""{"type": "ControlReported", "territory": "donetsk", "controller": "RUS", "extent": "{{extent}}", "date": "2025-02-27"}""";

    private static string Statement(string stance) =>
        $$"""
        {"type": "StatementMade", "actor": "RUS", "speaker": "Ivan Testov", "speakerRole": "deputy foreign minister",
         "territory": "kherson", "stance": "{{stance}}", "quote": null, "date": "2025-03-01"}
        """;

    [Fact]
    public async Task Talks_are_filtered_by_the_date_of_the_talks_and_by_party()
    {
        await web.IngestAsync(Repository.CuratedSeeds);
        var reader = web.Reader();

        var all = (await reader.GetJsonAsync("/api/talks")).GetProperty("talks").EnumerateArray().ToList();
        var in2017 = (await reader.GetJsonAsync("/api/talks?from=2017-01-01&to=2017-12-31")).GetProperty("talks").EnumerateArray().ToList();
        var from2025 = (await reader.GetJsonAsync("/api/talks?from=2025-01-01")).GetProperty("talks").EnumerateArray().ToList();
        var withRussia = (await reader.GetJsonAsync("/api/talks?party=Russia")).GetProperty("talks").EnumerateArray().ToList();
        var withChina = (await reader.GetJsonAsync("/api/talks?party=CHN")).GetProperty("talks").EnumerateArray().ToList();

        Assert.NotEmpty(in2017);
        Assert.NotEmpty(from2025);
        Assert.All(in2017, t => Assert.StartsWith("2017", t.GetProperty("date").GetString()));
        Assert.All(from2025, t => Assert.StartsWith("2025", t.GetProperty("date").GetString()));
        Assert.Equal(all.Count, in2017.Count + from2025.Count);
        Assert.Equal(all.Count, withRussia.Count);
        Assert.All(withRussia, t => Assert.Contains("RUS", t.GetProperty("parties").EnumerateArray().Select(p => p.GetString())));
        Assert.Empty(withChina);
    }

    [Fact]
    public async Task Sources_that_disagree_on_a_date_an_extent_or_what_a_speaker_said_are_listed_side_by_side()
    {
        var report = await web.IngestAsync(
            Report("a", "Wire One", string.Join(",", Annexation("2014-03-18"), Control("most"), Statement("RejectsNegotiation"))),
            Report("b", "Wire Two", string.Join(",", Annexation("2014-04"), Control("full"), Statement("OpenToNegotiation"))));
        Assert.Empty(report.Rejected.Select(r => r.Reason));

        var found = (await web.Reader().GetJsonAsync("/api/discrepancies")).GetProperty("discrepancies").EnumerateArray().ToList();

        Assert.Equal(["annexation date", "contradictory statement", "control extent"], found.Select(d => d.GetProperty("kind").GetString()).Order());
        Assert.All(found, d =>
        {
            var accounts = d.GetProperty("accounts").EnumerateArray().ToList();
            Assert.Equal(["Wire One", "Wire Two"], accounts.SelectMany(a => a.GetProperty("sources").Strings("outlet")).Order());
        });
        var dates = found.Single(d => d.GetProperty("kind").GetString() == "annexation date").GetProperty("accounts").Strings("date");
        Assert.Equal(["2014-03-18", "2014-04"], dates.Order());

        var donetsk = (await web.Reader().GetJsonAsync("/api/discrepancies?territory=donetsk")).GetProperty("discrepancies");
        Assert.Equal(["control extent"], donetsk.Strings("kind"));
    }

    [Fact]
    public async Task Reports_that_agree_are_one_fact_backed_by_each_outlet_and_no_discrepancy()
    {
        await web.IngestAsync(
            Report("a", "Wire One", Annexation("2014-03-18")),
            Report("b", "Wire Two", Annexation("2014-03")),
            Report("c", "Wire One", Annexation("2014")));

        var crimea = await web.Reader().GetJsonAsync("/api/territories/crimea?on=2015-01-01");
        var found = (await web.Reader().GetJsonAsync("/api/discrepancies")).GetProperty("discrepancies");

        var annexation = Assert.Single(crimea.GetProperty("annexations").EnumerateArray());
        Assert.Equal(2, annexation.GetProperty("outlets").GetInt32());
        Assert.Equal(3, annexation.GetProperty("sources").GetArrayLength());
        Assert.Empty(found.EnumerateArray());
    }
}
