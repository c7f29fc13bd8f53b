using System.Globalization;
using System.Text.RegularExpressions;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Web;

/// <summary>Request arguments read the way the command line reads them, with RFC 9457 problems when they are wrong.</summary>
public static partial class Problems
{
    public static IResult BadRequest(string detail, string title = "The request is not valid") =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static IResult NotFound(string detail, string title = "Not found") =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static IResult Conflict(string detail, string title = "The request conflicts with what is recorded") =>
        Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    public static (Actor? Actor, IResult? Problem) Actor(Gazetteer gazetteer, string text) =>
        gazetteer.FindActor(text) is { } actor
            ? (actor, null)
            : (null, NotFound($"unknown actor '{text}': use an ISO 3166-1 alpha-3 code (RUS, UKR, USA), EU, UN or NATO", "Unknown actor"));

    public static (Territory? Territory, IResult? Problem) Territory(Gazetteer gazetteer, string text) =>
        gazetteer.FindTerritory(text) is { } territory
            ? (territory, null)
            : (null, NotFound($"unknown territory '{text}': territory ids are lower-case, like crimea or golan-heights", "Unknown territory"));

    /// <summary>An optional filter: no actor when none is named, a problem when the one named is unknown.</summary>
    public static (string? Code, IResult? Problem) OptionalActor(Gazetteer gazetteer, string? text)
    {
        if (text is null) return (null, null);
        var (actor, problem) = Actor(gazetteer, text);
        return (actor?.Code, problem);
    }

    public static (string? Id, IResult? Problem) OptionalTerritory(Gazetteer gazetteer, string? text)
    {
        if (text is null) return (null, null);
        var (territory, problem) = Territory(gazetteer, text);
        return (territory?.Id, problem);
    }

    /// <summary>A required date; when absent, today (UTC) as the analyst most often means.</summary>
    public static (DateOnly On, IResult? Problem) On(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text)) return (DateOnly.FromDateTime(now.UtcDateTime), null);
        var (day, problem) = Day(text, "on");
        return (day ?? default, problem);
    }

    /// <summary>
    /// A day, as YYYY-MM-DD or as a moment with any UTC offset (the day it was in UTC); absent is null.
    /// </summary>
    public static (DateOnly? Day, IResult? Problem) Day(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return (day, null);
        return Moment(text) is { } at
            ? (DateOnly.FromDateTime(at.UtcDateTime), null)
            : (null, BadRequest($"{name} '{text}' is not a date: use YYYY-MM-DD, like 2017-02-15"));
    }

    /// <summary>How many items a page holds: absent is the default; otherwise a whole number from 1 to the maximum.</summary>
    public static (int Limit, IResult? Problem) Limit(string? text, int fallback, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return (fallback, null);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 && limit <= max
            ? (limit, null)
            : (0, BadRequest($"limit '{text}' is not a page size: use a whole number from 1 to {max}"));
    }

    /// <summary>An optional moment: "what did the tracker know then?", in UTC whatever offset it was given in.</summary>
    public static (DateTimeOffset? KnownAt, IResult? Problem) KnownAt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return Moment(text) is { } at
            ? (at, null)
            : (null, BadRequest($"knownAt '{text}' is not a timestamp: use ISO 8601, like 2024-05-02T14:30:00Z or 2024-05-02T16:30:00+02:00"));
    }

    private static DateTimeOffset? Moment(string text)
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
