using Npgsql;

namespace PositionTracker.Tests.Support;

/// <summary>Plain SQL against the tracker's database, as a BI tool would send it.</summary>
public static class Sql
{
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        return rows;
    }
}
