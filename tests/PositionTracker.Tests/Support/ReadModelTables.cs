using Npgsql;
using PositionTracker.Core;

namespace PositionTracker.Tests.Support;

/// <summary>The read models as PostgreSQL stores them: what two ways of building them must agree on, row for row.</summary>
public static class ReadModelTables
{
    /// <summary>The statement, fact and talks records carry when each report was recorded, so two ingestions of the same articles differ there.</summary>
    private static readonly string[] RecordingTime = ["mt_doc_statementrecord", "mt_doc_factrecord", "mt_doc_talksrecord"];

    private static readonly string[] All = ["mt_doc_articlerecord", .. RecordingTime];

    /// <summary>Every read-model document, table by table, in id order.</summary>
    /// <param name="withRecordingTime">False to leave out when each record was recorded, to compare separate ingestions.</param>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAsync(string connectionString, bool withRecordingTime = true)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var models = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var table in All)
        {
            var rows = new List<string>();
            var data = withRecordingTime || !RecordingTime.Contains(table) ? "data" : "(data - 'RecordedAt')";
            await using var select = new NpgsqlCommand($"select id::text || ' ' || {data}::text from {Setup.Schema}.{table} order by id", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
            models[table] = rows;
        }
        return models;
    }

    public static async Task DeleteAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in All)
        {
            await using var delete = new NpgsqlCommand($"delete from {Setup.Schema}.{table}", connection);
            await delete.ExecuteNonQueryAsync();
        }
    }
}
