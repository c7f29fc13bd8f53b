using System.Diagnostics;
using System.Text.Json;
using PositionTracker.Core;

namespace PositionTracker.Tests.CommandLine;

public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Out).RootElement;
}

/// <summary>Runs the real command-line program, built beside the tests, against the test database.</summary>
public static class Cli
{
    public static Task<CliRun> RunAsync(string connectionString, params string[] args) =>
        RunInAsync(Support.Repository.Root, connectionString, args);

    public static async Task<CliRun> RunInAsync(string workingDirectory, string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PositionTracker.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment[Setup.DatabaseVariable] = connectionString;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliRun(process.ExitCode, await output, await error);
    }
}
