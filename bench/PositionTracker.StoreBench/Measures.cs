using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace PositionTracker.StoreBench;

/// <summary>A database of the bench's own on the given server, dropped afterwards.</summary>
public sealed class BenchDatabase(string server, string name) : IAsyncDisposable
{
    public string Name => name;
    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    public static async Task<BenchDatabase> CreateAsync(string server)
    {
        var name = $"pt_bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await ExecuteAsync(server, $"create database {name}");
        return new BenchDatabase(server, name);
    }

    public async Task<long> SizeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"drop database if exists {name} with (force)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>What PostgreSQL does with the same rows when nothing else is asked of it: a binary COPY in, a plain scan out.</summary>
public sealed record Baseline(long Events, double CopySeconds, double ScanSeconds)
{
    public double CopyPerSecond => Events / CopySeconds;
    public double ScanPerSecond => Events / ScanSeconds;
}

public static class Baselines
{
    public static async Task<Baseline> MeasureAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var rows = new List<(Guid Id, Guid Stream, long Version, string Type, string Data, DateTimeOffset At)>();
        var scan = Stopwatch.StartNew();
        await using (var select = new NpgsqlCommand("select id, stream_id, version, type, data::text, timestamp from positiontracker.mt_events order by seq_id", connection))
        await using (var reader = await select.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                rows.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        var scanSeconds = scan.Elapsed.TotalSeconds;

        await using (var create = new NpgsqlCommand(
                         "create table bench_copy (id uuid, stream_id uuid, version bigint, type varchar, data jsonb, timestamp timestamptz)", connection))
            await create.ExecuteNonQueryAsync();
        var copy = Stopwatch.StartNew();
        await using (var writer = await connection.BeginBinaryImportAsync("copy bench_copy from stdin (format binary)"))
        {
            foreach (var r in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(r.Stream, NpgsqlDbType.Uuid);
                await writer.WriteAsync(r.Version, NpgsqlDbType.Bigint);
                await writer.WriteAsync(r.Type, NpgsqlDbType.Varchar);
                await writer.WriteAsync(r.Data, NpgsqlDbType.Jsonb);
                await writer.WriteAsync(r.At, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        var copySeconds = copy.Elapsed.TotalSeconds;
        await using (var drop = new NpgsqlCommand("drop table bench_copy", connection)) await drop.ExecuteNonQueryAsync();
        return new Baseline(rows.Count, copySeconds, scanSeconds);
    }
}

public sealed record Percentiles(double P50, double P99);

public static class Latency
{
    /// <summary>Milliseconds per call over 100 calls, after 10 to warm up.</summary>
    public static async Task<Percentiles> MeasureAsync(Func<Task> call)
    {
        for (var i = 0; i < 10; i++) await call();
        var times = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Percentiles(times[49], times[98]);
    }
}
