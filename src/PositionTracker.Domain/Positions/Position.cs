using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Domain.Positions;

/// <summary>A stance in force on a date: when it was last stated and who said it where.</summary>
/// <param name="Reports">How many reports state it that day; <paramref name="Evidence"/> names the first of them, never more than a sample.</param>
/// <param name="Outlets">How many outlets reported it independently, counted over every report.</param>
public sealed record StanceInForce(
    Stance Stance,
    Dimension Dimension,
    PartialDate LastStated,
    int DaysBefore,
    int Reports,
    int Outlets,
    IReadOnlyList<Source> Evidence)
{
    /// <summary>The reports a stance cites: a day dated only to its month or year gathers every report of it, however many.</summary>
    public const int SampleSize = Corroboration.SampleSize;

    public static StanceInForce Of(Stance stance, Dimension dimension, PartialDate lastStated, DateOnly on, IReadOnlyList<Source> reports) =>
        new(stance, dimension, lastStated, on.DayNumber - lastStated.Start.DayNumber, reports.Count, Source.OutletCount(reports),
            reports.Take(SampleSize).ToList());
}

/// <summary>An actor's stated position on a territory as it stood on a date, one answer per dimension.</summary>
public sealed record Position(string Actor, string Territory, DateOnly On, IReadOnlyList<StanceInForce> Stances)
{
    /// <summary>
    /// In each dimension, the stances of the most recent statement day on or before the date; stances of one
    /// dimension stated that same day coexist. A date known only to a month or year counts from its first day.
    /// </summary>
    public static Position Of(StanceTimeline timeline, DateOnly on)
    {
        var stances = timeline.Entries
            .Where(e => e.Date.Start <= on)
            .GroupBy(e => e.Dimension)
            .OrderBy(g => g.Key)
            .SelectMany(dimension =>
            {
                var latest = dimension.Max(e => e.Date);
                return dimension.Where(e => e.Date == latest)
                    .GroupBy(e => e.Stance)
                    .OrderBy(g => g.Key)
                    .Select(g => StanceInForce.Of(g.Key, dimension.Key, latest, on, g.SelectMany(e => e.Sources).ToList()));
            })
            .ToList();
        return new Position(timeline.Actor, timeline.Territory, on, stances);
    }
}

/// <summary>
/// A timeline entry and, once a later statement day in its dimension replaced it, that day and what was
/// stated then: the same stance again (reaffirmed) or another (superseded).
/// </summary>
public sealed record TimelineEntry(StatementEntry Statement, PartialDate? SupersededOn, IReadOnlyList<Stance> SupersededBy)
{
    public bool Reaffirmed => SupersededBy.Contains(Statement.Stance);
}

public static class TimelineHistory
{
    public static IReadOnlyList<TimelineEntry> WithSupersession(this StanceTimeline timeline) => timeline.Entries
        .Select(entry =>
        {
            var later = timeline.Entries.Where(e => e.Dimension == entry.Dimension && e.Date > entry.Date).ToList();
            if (later.Count == 0) return new TimelineEntry(entry, null, []);
            var next = later.Min(e => e.Date);
            return new TimelineEntry(entry, next, later.Where(e => e.Date == next).Select(e => e.Stance).Distinct().Order().ToList());
        })
        .ToList();
}
