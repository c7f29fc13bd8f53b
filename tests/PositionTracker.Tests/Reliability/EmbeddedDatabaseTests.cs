using System.Diagnostics;
using Npgsql;
using PositionTracker.Tests.CommandLine;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Reliability;

/// <summary>ops/pg-local works wherever the checkout lies, including inside a folder only its owner may enter.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class EmbeddedDatabaseTests : IDisposable
{
    // Made as mktemp -d makes one, mode 700: as root, the server's own user ('postgres') cannot enter it.
    private readonly string _private = Directory.CreateTempSubdirectory("pt-private-").FullName;

    [Fact]
    public async Task A_checkout_inside_a_mode_700_folder_gets_a_running_database()
    {
        var ops = Directory.CreateDirectory(Path.Combine(_private, "checkout", "ops")).FullName;
        foreach (var script in (string[])["pg-local", "install-package"])
            File.Copy(Path.Combine(Repository.Root, "ops", script), Path.Combine(ops, script));
        var pgLocal = Path.Combine(ops, "pg-local");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_private));

        var started = await RunAsync(pgLocal, "start");
        try
        {
            Assert.True(started.ExitCode == 0, started.Error);
            await using var connection = new NpgsqlConnection(started.Out.Trim());
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand("select current_database()", connection);
            Assert.Equal("positiontracker", await query.ExecuteScalarAsync());
        }
        finally
        {
            var status = await RunAsync(pgLocal, "status");
            await RunAsync(pgLocal, "stop");
            // As root the data went outside the checkout; status names where.
            var data = status.Error.Split("data in ").Last().Trim().TrimEnd(')');
            if (!data.StartsWith(_private, StringComparison.Ordinal) && data.StartsWith("/var/lib/positiontracker/", StringComparison.Ordinal))
                Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
        }
    }

    private static async Task<CliRun> RunAsync(string script, string verb)
    {
        var start = new ProcessStartInfo(script, verb) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["POSITIONTRACKER_PG_PORT"] = FreePort.Pick().ToString();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new CliRun(process.ExitCode, await output, await error);
    }

    public void Dispose() => Directory.Delete(_private, recursive: true);
}
