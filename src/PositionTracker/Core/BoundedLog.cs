using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace PositionTracker.Core;

/// <summary>
/// The console log, one entry at most a few KiB: a framework that prints a failed message or request in full
/// must not turn one refused 10 MiB article into 10 MiB of log during an outage.
/// </summary>
public sealed class BoundedLog() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "bounded";
    public const int MaxCharacters = 4096;

    private const string Indent = "      ";

    public override void Write<TState>(in LogEntry<TState> entry, IExternalScopeProvider? scopes, TextWriter writer)
    {
        var message = entry.Formatter(entry.State, entry.Exception);
        if (entry.Exception is not null) message += Environment.NewLine + entry.Exception;
        if (message.Length > MaxCharacters)
            message = message[..MaxCharacters] + $" ... [{message.Length - MaxCharacters:N0} more characters left out]";
        writer.Write($"{Level(entry.LogLevel)}: {entry.Category}[{entry.EventId.Id}]{Environment.NewLine}");
        writer.Write(Indent + message.ReplaceLineEndings(Environment.NewLine + Indent) + Environment.NewLine);
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce", LogLevel.Debug => "dbug", LogLevel.Information => "info",
        LogLevel.Warning => "warn", LogLevel.Error => "fail", LogLevel.Critical => "crit", _ => "none",
    };
}
