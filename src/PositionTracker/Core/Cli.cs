using System.Globalization;
using System.Text.Json;
using PositionTracker.Domain.Catalog;

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

    public static Actor? Actor(Gazetteer gazetteer, string text)
    {
        var actor = gazetteer.FindActor(text);
        if (actor is null)
            Fail($"unknown actor '{text}': use an ISO 3166-1 alpha-3 code (RUS, UKR, USA), EU, UN or NATO, or a country name");
        return actor;
    }

    public static Territory? Territory(Gazetteer gazetteer, string text)
    {
        var territory = gazetteer.FindTerritory(text);
        if (territory is null)
        {
            var close = gazetteer.Territories
                .Where(t => t.Id.Contains(text.Trim().ToLowerInvariant()) || t.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(t => t.Id).Take(5).ToList();
            Fail($"unknown territory '{text}'" + (close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; territory ids are lower-case, like crimea or golan-heights"));
        }
        return territory;
    }

    public static DateOnly? Date(string? text, string flag)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Fail($"{flag} needs a date, like {flag} 2017-02-15");
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Fail($"{flag} '{text}' is not a date: expected YYYY-MM-DD, like 2017-02-15");
        return null;
    }
}
