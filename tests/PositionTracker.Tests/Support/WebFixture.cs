using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using PositionTracker.Core;
using PositionTracker.Ingesting;
using PositionTracker.Web;

namespace PositionTracker.Tests.Support;

/// <summary>
/// The web host itself, on Kestrel at a free loopback port (so a real browser can reach it too), over a real
/// database of its own. Tests of one collection share it and reset its data.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string Key = "test-key-not-a-secret";

    private TestDatabase? _database;
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("the web host did not start");
    public Uri BaseAddress { get; private set; } = null!;
    public IDocumentStore Store => Factory.Services.GetRequiredService<IDocumentStore>();
    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting(Setup.DatabaseVariable, _database.ConnectionString);
            web.UseSetting(ApiKey.Variable, Key);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    /// <summary>A client that reads; add the key with <see cref="Writer"/>.</summary>
    public HttpClient Reader() => new() { BaseAddress = BaseAddress };

    public HttpClient Writer()
    {
        var client = Reader();
        client.DefaultRequestHeaders.Add(ApiKey.Header, Key);
        return client;
    }

    /// <summary>No events, no documents, and the daemon started again from the first event.</summary>
    public Task ResetAsync() => Factory.Services.ResetAllMartenDataAsync();

    /// <summary>Until the daemon has folded every event recorded so far (by a request, say) into the read models.</summary>
    public Task CaughtUpAsync() => Store.CaughtUpAsync(TimeSpan.FromMinutes(1));

    /// <summary>Only the seed articles, as the main job leaves the tracker.</summary>
    public async Task ResetToSeedsAsync()
    {
        await ResetAsync();
        await IngestAsync(Repository.CuratedSeeds);
    }

    /// <summary>Ingests, then waits for the read models, as the command line does.</summary>
    public async Task<IngestReport> IngestAsync(params string[] paths)
    {
        var report = await Factory.Services.GetRequiredService<ArticleBatch>().IngestAsync(paths, null, CancellationToken.None);
        await CaughtUpAsync();
        return report;
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
