using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

/// <summary>The flat views a BI tool reads with plain SQL: one row per statement, one per territorial fact.</summary>
[Collection(WebCollection.Name)]
public sealed partial class SqlReadModelsTests(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => web.ResetToSeedsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> Query(string sql) => Sql.QueryAsync(web.ConnectionString, sql);

    /// <summary>How many events of these types the curated seed annotations hold.</summary>
    private static int GoldEvents(params string[] types) => Directory.GetFiles(Path.Combine(Repository.Seeds, "gold"), "*.json")
        .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray())
        .Count(e => types.Contains(e.GetProperty("type").GetString()));

    [Fact]
    public async Task There_is_one_row_per_statement_with_its_dates_speaker_and_outlet()
    {
        var rows = await Query("select * from positiontracker.stance_statements");

        Assert.Equal(GoldEvents("StatementMade"), rows.Count);
        Assert.All(rows, r => Assert.Null(r["superseded_by"]));
        var refusals = rows.Where(r => (r["actor"], r["territory"], r["stance"], r["stated_on"]) is ("RUS", "crimea", "RejectsNegotiation", "2017-02-15")).ToList();
        Assert.Equal(["Press TV", "RFE/RL"], refusals.Select(r => (string)r["outlet"]!).Distinct().Order());
        Assert.All(refusals, r => Assert.Equal("negotiation", r["dimension"]));
        Assert.All(refusals, r => Assert.Equal(new DateOnly(2017, 2, 15), r["stated_from"]));
        Assert.All(refusals, r => Assert.IsType<DateTime>(r["recorded_at"]));
        Assert.Contains("Dmitry Peskov", refusals.Select(r => r["speaker"]));
    }

    [Fact]
    public async Task There_is_one_row_per_territorial_fact()
    {
        var rows = await Query("select kind, territory, actor, happened_on, precision, outlet from positiontracker.territorial_facts");

        Assert.Equal(GoldEvents("TerritoryAnnexed", "ReferendumHeld", "ControlReported", "TalksHeld", "SanctionsImposed"), rows.Count);
        Assert.Contains(rows, r => (r["kind"], r["territory"], r["actor"], r["happened_on"], r["precision"]) is ("annexation", "crimea", "RUS", "2014-03", "month"));
        Assert.Contains(rows, r => (r["kind"], r["territory"], r["actor"]) is ("control", "donetsk", "RUS"));
    }

    [Fact]
    public async Task A_corrected_statement_says_who_superseded_it_and_the_amendment_is_a_row_of_its_own()
    {
        var statement = (Guid)(await Query("""
            select event_id from positiontracker.stance_statements
            where actor = 'RUS' and territory = 'crimea' and quote = 'Crimea is territory belonging to the Russian Federation'
            """)).Single()["event_id"]!;

        await (await web.Writer().PostAsJsonAsync($"/api/statements/{statement}/corrections",
            new { analyst = "J. Analyst", reason = "she spoke of Sevastopol", territory = "sevastopol" })).JsonAsync(HttpStatusCode.Created);

        var rows = await Query($"select * from positiontracker.stance_statements where statement = '{statement}' order by recorded_at");
        Assert.Equal(2, rows.Count);
        Assert.Equal(("crimea", "amended by J. Analyst"), (rows[0]["territory"], rows[0]["superseded_by"]));
        Assert.Equal(("sevastopol", null), (rows[1]["territory"], rows[1]["superseded_by"]));
        Assert.Equal("corrected by J. Analyst", rows[1]["derived_by"]);
    }

    [Fact]
    public async Task The_example_queries_in_the_README_run_and_find_rows()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md"));
        var queries = SqlBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();

        Assert.True(queries.Count >= 2, "the README should show at least two example queries in ```sql blocks");
        foreach (var query in queries)
            Assert.NotEmpty(await Query(query));
    }

    [GeneratedRegex(@"```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
