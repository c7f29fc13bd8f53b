using Marten;
using Npgsql;

namespace PositionTracker.Core;

/// <summary>
/// Inline projections read, change and write documents shared by many articles (a timeline, a territory),
/// so writers take turns, across processes: one ingestion at a time, and none while a rebuild runs.
/// </summary>
public static class IngestionLock
{
    private const long Key = 0x50_54_49_4E_47_53_54; // "PTINGST"

    /// <summary>Held until the session's transaction ends.</summary>
    public static async Task TakeForTransactionAsync(IDocumentSession session, CancellationToken token)
    {
        await session.BeginTransactionAsync(token);
        await using var command = session.Connection.CreateCommand();
        command.CommandText = $"select pg_advisory_xact_lock({Key})";
        await command.ExecuteNonQueryAsync(token);
    }

    /// <summary>Held until disposed, on a connection of its own.</summary>
    public static async Task<IAsyncDisposable> HoldAsync(string connectionString, CancellationToken token)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(token);
        await using var command = connection.CreateCommand();
        command.CommandText = $"select pg_advisory_lock({Key})";
        await command.ExecuteNonQueryAsync(token);
        return new Held(connection);
    }

    /// <summary>Unlocks explicitly: a pooled connection goes back to the pool still holding its session's locks.</summary>
    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"select pg_advisory_unlock({Key})";
                await command.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }
}
