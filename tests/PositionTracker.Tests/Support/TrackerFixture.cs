using Marten;
using Npgsql;
using PositionTracker.Core;
using PositionTracker.Ingesting;
using PositionTracker.Positions;
using PositionTracker.Rebuilding;

namespace PositionTracker.Tests.Support;

/// <summary>One tracker host over one real database, shared by a collection of tests that reset its data.</summary>
public sealed class TrackerFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    private IHost? _host;

    public IHost Host => _host ?? throw new InvalidOperationException("the tracker host did not start; see the fixture's error");
    public string ConnectionString => _database!.ConnectionString;

    public ArticleBatch Batch => Host.Services.GetRequiredService<ArticleBatch>();
    public PositionQueries Queries => Host.Services.GetRequiredService<PositionQueries>();
    public Rebuilder Rebuilder => Host.Services.GetRequiredService<Rebuilder>();
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration[Setup.DatabaseVariable] = _database.ConnectionString;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPositionTracker();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        if (_database is not null) await _database.DisposeAsync();
    }

    /// <summary>No events, no documents, and the daemon started again from the first event.</summary>
    public Task ResetAsync() => Host.ResetAllMartenDataAsync();

    /// <summary>Until the daemon has folded every event recorded so far into the read models.</summary>
    public Task CaughtUpAsync() => Store.CaughtUpAsync(TimeSpan.FromMinutes(1));

    /// <summary>Loses the read models but keeps the events, as a botched migration might.</summary>
    public async Task DeleteReadModelsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var table in ReadModelTables)
        {
            await using var delete = new NpgsqlCommand($"delete from {Setup.Schema}.{table}", connection);
            await delete.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Ingests, then waits for the read models, as the command line does.</summary>
    public async Task<IngestReport> IngestAsync(params string[] paths)
    {
        var report = await Batch.IngestAsync(paths, null, CancellationToken.None);
        await CaughtUpAsync();
        return report;
    }

    public async Task<long> EventCountAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().LongCountAsync();
    }

    /// <summary>The statement and fact records carry when each report was recorded, so two ingestions of the same articles differ there.</summary>
    private static readonly string[] RecordingTimeTables = ["mt_doc_statementrecord", "mt_doc_factrecord"];

    private static readonly string[] ReadModelTables =
        ["mt_doc_articlerecord", "mt_doc_territoryfacts", "mt_doc_talkslog", .. RecordingTimeTables];

    /// <summary>Every read-model document as PostgreSQL stores it, table by table, in id order.</summary>
    /// <param name="withRecordingTime">False to leave out the records stamped with recording time, to compare separate ingestions.</param>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadModelsAsync(bool withRecordingTime = true)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var models = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var table in ReadModelTables.Where(t => withRecordingTime || !RecordingTimeTables.Contains(t)))
        {
            var rows = new List<string>();
            await using var select = new NpgsqlCommand($"select id::text || ' ' || data::text from {Setup.Schema}.{table} order by id", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
            models[table] = rows;
        }
        return models;
    }
}

[CollectionDefinition(Name)]
public sealed class TrackerCollection : ICollectionFixture<TrackerFixture>
{
    public const string Name = "tracker";
}
