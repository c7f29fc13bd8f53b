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

    public async Task ResetAsync()
    {
        await Store.Advanced.Clean.DeleteAllEventDataAsync();
        await Store.Advanced.Clean.DeleteAllDocumentsAsync();
    }

    /// <summary>Only the seed articles, as the main job leaves the tracker.</summary>
    public async Task ResetToSeedsAsync()
    {
        await ResetAsync();
        await IngestAsync(Repository.CuratedSeeds);
    }

    public Task<IngestReport> IngestAsync(params string[] paths) =>
        Factory.Services.GetRequiredService<ArticleBatch>().IngestAsync(paths, null, CancellationToken.None);
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
