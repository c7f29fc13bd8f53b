using System.Text.Json;

namespace PositionTracker.Core;

/// <summary>What every verb shares: JSON on standard output, messages on standard error, and argument checks.</summary>
public static class Cli
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void PrintJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    public static IHostApplicationBuilder AddCommandLineLogging(this IHostApplicationBuilder builder)
    {
        // Standard output carries answers (and JSON); the frameworks' chatter would corrupt it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }

    public static void Fail(string message) => Console.Error.WriteLine($"error: {message}");

    /// <summary>True when every argument was read; otherwise says what the first wrong one is and how to fix it.</summary>
    public static bool Valid(params IArgument[] arguments)
    {
        if (arguments.FirstOrDefault(a => a.Error is not null) is not { } wrong) return true;
        Fail(wrong.Error!);
        return false;
    }
}
