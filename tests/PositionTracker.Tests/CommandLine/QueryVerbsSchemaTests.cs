using PositionTracker.Core;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.CommandLine;

/// <summary>
/// The query verbs take the schema as they find it: on a database nothing has set up they create nothing and say what to
/// run, and once it has been run they answer.
/// </summary>
public sealed class QueryVerbsSchemaTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("stance", "RUS", "crimea", "--on", "2017-02-15")]
    [InlineData("timeline", "RUS", "crimea", "--json")]
    [InlineData("territory", "crimea", "--on", "2017-02-15")]
    public async Task On_a_database_without_the_schema_a_query_says_to_run_db_apply_and_creates_nothing(params string[] args)
    {
        var run = await Cli.RunAsync(_database.ConnectionString, args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("`ops/positiontracker db-apply`", run.Error);
        Assert.DoesNotContain(" at ", run.Error);
        Assert.Equal("", run.Out.Trim());
        Assert.Empty(await Sql.QueryAsync(_database.ConnectionString,
            $"select schema_name from information_schema.schemata where schema_name = '{Setup.Schema}'"));
    }

    [Fact]
    public async Task After_db_apply_a_query_answers()
    {
        var apply = await Cli.RunAsync(_database.ConnectionString, "db-apply");
        var run = await Cli.RunAsync(_database.ConnectionString, "stance", "RUS", "crimea", "--on", "2017-02-15", "--json");

        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("RUS", run.Json.GetProperty("actor").GetString());
        Assert.Empty(run.Json.GetProperty("stances").EnumerateArray());
    }
}
