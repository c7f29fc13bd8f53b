using Npgsql;
using Testcontainers.PostgreSql;

namespace PositionTracker.Tests.Support;

/// <summary>
/// A real PostgreSQL database of the tests' own. With POSITIONTRACKER_TEST_DB set (a connection string to
/// a server the tests may create databases on), a fresh database is made there; otherwise Testcontainers
/// starts PostgreSQL in Docker. The database is dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "POSITIONTRACKER_TEST_DB";

    private readonly PostgreSqlContainer? _container;
    private readonly string _server;
    private readonly string _name;

    private TestDatabase(PostgreSqlContainer? container, string server, string name)
    {
        (_container, _server, _name) = (container, server, name);
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        PostgreSqlContainer? container = null;
        if (string.IsNullOrWhiteSpace(server))
        {
            container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
            server = container.GetConnectionString();
        }

        var name = $"pt_test_{Guid.NewGuid():N}"[..24];
        await ExecuteAsync(server, $"create database {name}");
        return new TestDatabase(container, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"drop database if exists {_name} with (force)");
        if (_container is not null) await _container.DisposeAsync();
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
