using System.Reflection;
using Marten;
using Npgsql;
using PositionTracker.Core;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Reporting;

/// <summary>
/// Keeps the plain-SQL read models (views over the event store, see reporting.sql) in place: created or
/// replaced whenever the tracker starts, after Marten has created its own tables.
/// </summary>
public sealed class SqlReadModels(IDocumentStore store, IConfiguration configuration) : IHostedService
{
    public static string Script => Sql.Value.Replace("{schema}", Setup.Schema).Replace("{stance_dimensions}", StanceDimensions);

    /// <summary>The stance-to-dimension table as SQL "when" arms, from the one the domain keeps, so the views cannot drift from it.</summary>
    private static string StanceDimensions => string.Join(' ',
        Enum.GetValues<Stance>().Select(s => $"when '{s}' then '{s.DimensionOf().Name()}'"));

    private static readonly Lazy<string> Sql = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Reporting.reporting.sql")
            ?? throw new InvalidOperationException("Reporting/reporting.sql is not embedded in the assembly");
        return new StreamReader(stream).ReadToEnd();
    });

    public async Task StartAsync(CancellationToken token)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = new NpgsqlConnection(configuration[Setup.DatabaseVariable]);
        await connection.OpenAsync(token);
        await using var command = new NpgsqlCommand(Script, connection);
        await command.ExecuteNonQueryAsync(token);
    }

    public Task StopAsync(CancellationToken token) => Task.CompletedTask;
}
