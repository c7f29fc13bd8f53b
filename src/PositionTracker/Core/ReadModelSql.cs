using Marten;
using Npgsql;

namespace PositionTracker.Core;

/// <summary>
/// The read models' own SQL, written with Marten's '?' placeholders and read as Marten reads it: one column a row, a string
/// or a JSON document. The web host runs it on a Marten session; a query verb on Npgsql alone (<see cref="NpgsqlReadModelSql"/>).
/// </summary>
public interface IReadModelSql
{
    Task<IReadOnlyList<T>> QueryAsync<T>(string sql, CancellationToken token, params object[] parameters);
}

public sealed class SessionSql(IQuerySession session) : IReadModelSql
{
    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, CancellationToken token, params object[] parameters) =>
        session.QueryAsync<T>(sql, token, parameters);
}

/// <summary>
/// The same SQL for a short process: a query verb that built Marten's store, Wolverine and the host only to send a few
/// statements spent most of its start on them. Rows are read with Marten's own serializer (<see cref="Setup.Serializer"/>).
/// </summary>
public sealed class NpgsqlReadModelSql(NpgsqlDataSource dataSource) : IReadModelSql, IAsyncDisposable
{
    private readonly ISerializer _serializer = Setup.Serializer();

    public static NpgsqlReadModelSql Open(string? connectionString)
    {
        // The statements send text, dates, moments and arrays of them, and read text and jsonb: Npgsql's built-in types. Its
        // full set of type mappings, and the read of the server's type catalogue on the first connection, would be start-up.
        var builder = new NpgsqlSlimDataSourceBuilder(Setup.ConnectionString(connectionString));
        builder.EnableArrays();
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        return new(builder.Build());
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, CancellationToken token, params object[] parameters)
    {
        await using var command = dataSource.CreateCommand(Positional(sql));
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await using var reader = await command.ExecuteReaderAsync(token);
        var rows = new List<T>();
        while (await reader.ReadAsync(token))
            rows.Add(typeof(T) == typeof(string)
                ? (T)(object)(await reader.IsDBNullAsync(0, token) ? null! : reader.GetString(0))
                : await _serializer.FromJsonAsync<T>(reader, 0, token));
        return rows;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>Each '?' becomes the next positional parameter, as Marten numbers them.</summary>
    private static string Positional(string sql)
    {
        var parts = sql.Split('?');
        var numbered = new System.Text.StringBuilder(parts[0], sql.Length + parts.Length * 2);
        for (var i = 1; i < parts.Length; i++) numbered.Append('$').Append(i).Append(parts[i]);
        return numbered.ToString();
    }
}
