using System.Runtime.InteropServices;

namespace PositionTracker.Core;

/// <summary>
/// Ctrl-C or SIGTERM during a long verb (ingest, reextract): the article in hand is finished, the rest are left
/// for a re-run (which skips what went in), the summary so far is printed, and the process exits 128 + the
/// signal's number as shells expect. A second signal ends the process at once.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private long _firstAt;

    private Interruption() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];

    /// <summary>The exit code owed to the signal that stopped the last verb, if one did.</summary>
    public static int? ExitCode { get; private set; }

    public static Interruption Listen() => new();

    /// <summary>Cancelled when a signal arrives: work checks it between articles, never inside one.</summary>
    public CancellationToken Requested => _stop.Token;

    private void Stop(PosixSignalContext context)
    {
        // The runtime may hand one signal to the handler more than once; only a signal a moment later is a second one.
        var now = Environment.TickCount64;
        var first = Interlocked.CompareExchange(ref _firstAt, now, 0);
        if (first != 0 && now - first > 1000) return;
        context.Cancel = true;
        if (first != 0) return;
        ExitCode = context.Signal == PosixSignal.SIGINT ? 130 : 143;
        Console.Error.WriteLine($"{context.Signal}: stopping after the article in hand (a second signal stops at once)");
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
