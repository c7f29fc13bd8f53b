using System.Collections.Concurrent;
using System.Diagnostics;
using Mono.Unix.Native;
using PositionTracker.Core;
using PositionTracker.Tests.CommandLine;

namespace PositionTracker.Tests.Support;

/// <summary>
/// The real program running beside a test, to be signalled or killed in the middle of its work. Started through
/// env(1) with SIGINT at its default: a shell's background job, and so a test run, may have inherited it ignored.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _error = new();
    private readonly ConcurrentQueue<string> _output = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _error.Enqueue(e.Data); };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public static CliProcess Start(string connectionString, params string[] args) => Start(connectionString, new Dictionary<string, string>(), args);

    public static CliProcess Start(string connectionString, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var arg in (string[])["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "PositionTracker.dll"), .. args])
            start.ArgumentList.Add(arg);
        start.Environment[Setup.DatabaseVariable] = connectionString;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return new CliProcess(Process.Start(start)!);
    }

    public string Error => string.Join('\n', _error);

    public string Output => string.Join('\n', _output);

    /// <summary>Everything written so far, both streams: the server's log.</summary>
    public int Written => _error.Sum(l => l.Length + 1) + _output.Sum(l => l.Length + 1);

    /// <summary>Waits until the program has written a line to standard error that matches.</summary>
    public async Task WaitForErrorLineAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(1));
        while (!_error.Any(match))
        {
            if (_process.HasExited) throw new InvalidOperationException($"the program exited ({_process.ExitCode}) first:\n{Error}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no such line on standard error:\n{Error}");
            await Task.Delay(20);
        }
    }

    public void Signal(Signum signal) => Assert.Equal(0, Syscall.kill(_process.Id, signal));

    /// <summary>kill -9: no handler runs, nothing is flushed, a transaction in flight is cut off.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async Task<CliRun> ExitAsync(TimeSpan? timeout = null)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromMinutes(2));
        _process.WaitForExit(); // lets the asynchronous reading of both streams finish
        return new CliRun(_process.ExitCode, Output + "\n", Error);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}
