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
    public Task DeleteReadModelsAsync() => ReadModelTables.DeleteAsync(ConnectionString);

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

    /// <summary>Every read-model document as PostgreSQL stores it, table by table, in id order.</summary>
    /// <param name="withRecordingTime">False to leave out when each record was recorded, to compare separate ingestions.</param>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadModelsAsync(bool withRecordingTime = true) =>
        ReadModelTables.ReadAsync(ConnectionString, withRecordingTime);
}

[CollectionDefinition(Name)]
public sealed class TrackerCollection : ICollectionFixture<TrackerFixture>
{
    public const string Name = "tracker";
}
