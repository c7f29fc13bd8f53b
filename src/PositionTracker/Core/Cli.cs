using System.Text.Json;
using Npgsql;
using PositionTracker.Positions;
using PositionTracker.Territories;

namespace PositionTracker.Core;

/// <summary>What every verb shares: JSON on standard output, messages on standard error, and argument checks.</summary>
public static class Cli
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void PrintJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    public static IHostApplicationBuilder AddCommandLineLogging(this IHostApplicationBuilder builder, string verb)
    {
        var queriesOnly = Queries.Contains(verb);
        // Standard output carries answers (and JSON); the frameworks' chatter would corrupt it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // What db-apply changed, as Marten logs it: the DDL, with what it dropped and why (see TrackerSchema).
        if (verb == "db-apply") builder.Logging.AddFilter(typeof(Marten.IDocumentStore).FullName, LogLevel.Information);
        // A query that fails says why once (see FromStoreAsync); Marten's log of the failed command would repeat it as a stack trace.
        if (queriesOnly) builder.Logging.AddFilter(typeof(Marten.IDocumentStore).FullName, LogLevel.None);
        return builder;
    }

    /// <summary>The verbs that only read the store, and so leave its schema as they find it (see <see cref="Setup"/>).</summary>
    public static readonly IReadOnlySet<string> Queries = new HashSet<string> { StanceCommand.Verb, TimelineCommand.Verb, TerritoryCommand.Verb };

    /// <summary>
    /// The queries answered by the read models' SQL alone, in a process that builds no host, no Wolverine and no Marten store
    /// (see Program): a question asked from a script is mostly start-up. A timeline is read through Marten's LINQ.
    /// </summary>
    public static readonly IReadOnlySet<string> SqlQueries = new HashSet<string> { StanceCommand.Verb, TerritoryCommand.Verb };

    /// <summary>The read models' SQL on the configured database, for the verbs in <see cref="SqlQueries"/>.</summary>
    public static NpgsqlReadModelSql ReadModels() => NpgsqlReadModelSql.Open(Environment.GetEnvironmentVariable(Setup.DatabaseVariable));

    public static void Fail(string message) => Console.Error.WriteLine($"error: {message}");

    /// <summary>
    /// A query's answer; or null, once it has said what to run, when the database lacks the tables the query reads: a query
    /// verb does not create them, and a stack trace would not tell the user that a writing verb or db-apply does.
    /// </summary>
    public static async Task<T?> FromStoreAsync<T>(Func<Task<T>> query) where T : class
    {
        try
        {
            return await query();
        }
        catch (Exception e) when (SchemaMissing(e))
        {
            Fail($"the database has no tracker schema ('{Setup.Schema}'), or one older than this version: create or update it with " +
                 "`ops/positiontracker db-apply` (ingest, demo and serve do it too), then ask again");
            return null;
        }
    }

    private static bool SchemaMissing(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName
                or PostgresErrorCodes.UndefinedColumn or PostgresErrorCodes.UndefinedFunction })
                return true;
        return false;
    }

    /// <summary>True when every argument was read; otherwise says what the first wrong one is and how to fix it.</summary>
    public static bool Valid(params IArgument[] arguments)
    {
        if (arguments.FirstOrDefault(a => a.Error is not null) is not { } wrong) return true;
        Fail(wrong.Error!);
        return false;
    }
}
