using System.Globalization;
using System.Text.RegularExpressions;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Core;

/// <summary>
/// What an argument came to: its value, or what is wrong with it and how to put it right. <see cref="Unknown"/>
/// marks a name that is well formed but names nothing the tracker knows (HTTP answers 404 for it, not 400).
/// </summary>
public interface IArgument
{
    string? Error { get; }
    bool Unknown { get; }
}

public readonly record struct Argument<T>(T Value, string? Error = null, bool Unknown = false) : IArgument
{
    public bool Ok => Error is null;

    public static Argument<T> Wrong(string error) => new(default!, error);

    public static Argument<T> NotKnown(string error) => new(default!, error, Unknown: true);
}

/// <summary>
/// The one reading of what an analyst types, for the command line and the HTTP API alike: the same names,
/// dates and moments are accepted in both, and refused with the same words. Each caller says what the
/// argument is called where it typed it ("--on" or "on").
/// </summary>
public static partial class Arguments
{
    public static Argument<Actor> Actor(Gazetteer gazetteer, string text) =>
        gazetteer.FindActor(text) is { } actor
            ? new(actor)
            : Argument<Actor>.NotKnown($"unknown actor '{text}': use an ISO 3166-1 alpha-3 code (RUS, UKR, USA), EU, UN or NATO, or a country name");

    public static Argument<Territory> Territory(Gazetteer gazetteer, string text)
    {
        if (gazetteer.FindTerritory(text) is { } territory) return new(territory);
        var close = gazetteer.Territories
            .Where(t => t.Id.Contains(text.Trim().ToLowerInvariant()) || t.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Id).Take(5).ToList();
        return Argument<Territory>.NotKnown($"unknown territory '{text}'" + (close.Count > 0
            ? $"; did you mean {string.Join(", ", close)}?"
            : ": territory ids are lower-case, like crimea or golan-heights"));
    }

    /// <summary>An optional filter: nothing when none is named, an error when the one named is unknown.</summary>
    public static Argument<string?> OptionalActor(Gazetteer gazetteer, string? text) =>
        text is null ? new(null) : Actor(gazetteer, text) is var a && a.Ok ? new(a.Value.Code) : Argument<string?>.NotKnown(a.Error!);

    public static Argument<string?> OptionalTerritory(Gazetteer gazetteer, string? text) =>
        text is null ? new(null) : Territory(gazetteer, text) is var t && t.Ok ? new(t.Value.Id) : Argument<string?>.NotKnown(t.Error!);

    /// <summary>A day, as YYYY-MM-DD or as a moment with any UTC offset (the day it was in UTC); absent is null.</summary>
    public static Argument<DateOnly?> Day(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null);
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return new(day);
        return Instant(text) is { } at
            ? new(DateOnly.FromDateTime(at.UtcDateTime))
            : Argument<DateOnly?>.Wrong($"{name} '{text}' is not a date: use YYYY-MM-DD, like 2017-02-15");
    }

    /// <summary>The date a position is asked for; when none is given, today (UTC), as the analyst most often means.</summary>
    public static Argument<DateOnly> On(string? text, string name, DateTimeOffset now) => Day(text, name) is var day && day.Ok
        ? new(day.Value ?? DateOnly.FromDateTime(now.UtcDateTime))
        : Argument<DateOnly>.Wrong(day.Error!);

    /// <summary>A date that must be given: a script's question should not change its meaning from one day to the next.</summary>
    public static Argument<DateOnly> RequiredDay(string? text, string name) => string.IsNullOrWhiteSpace(text)
        ? Argument<DateOnly>.Wrong($"{name} needs a date, like {name} 2017-02-15")
        : Day(text, name) is var day && day.Ok ? new(day.Value!.Value) : Argument<DateOnly>.Wrong(day.Error!);

    /// <summary>An optional moment: "what did the tracker know then?", in UTC whatever offset it was given in.</summary>
    public static Argument<DateTimeOffset?> Moment(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null);
        return Instant(text) is { } at
            ? new(at)
            : Argument<DateTimeOffset?>.Wrong($"{name} '{text}' is not a timestamp: use ISO 8601, like 2024-05-02T14:30:00Z or 2024-05-02T16:30:00+02:00");
    }

    /// <summary>How many items a page holds: absent is the default; otherwise a whole number from 1 to the maximum.</summary>
    public static Argument<int> Limit(string? text, string name, int fallback, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(fallback);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max
            ? new(limit)
            : Argument<int>.Wrong($"{name} '{text}' is not a page size: use a whole number from 1 to {max}");
    }

    private static DateTimeOffset? Instant(string text)
    {
        // An unencoded '+' in a query string arrives as a space: "T10:00:00 05:00" meant "T10:00:00+05:00".
        var repaired = LostPlus().Replace(text.Trim(), "$1+$2");
        return DateTimeOffset.TryParse(repaired, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : null;
    }

    [GeneratedRegex(@"^(.*T[\d:.]+) (\d\d(?::?\d\d)?)$")]
    private static partial Regex LostPlus();
}
