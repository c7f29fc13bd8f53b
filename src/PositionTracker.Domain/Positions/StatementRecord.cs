using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Positions;

/// <summary>
/// One report of a statement over recording time: in force from when the tracker recorded it until an analyst's
/// correction or a newer extractor set it aside. "As known at T" selects the records in force at T, so that an
/// answer about the past reads the rows of one actor or territory instead of replaying every event.
/// </summary>
/// <param name="Id">The event that recorded this version: the statement itself, or the correction that amended it.</param>
/// <param name="Event">The statement's own event id, which evidence cites whichever version this is.</param>
/// <param name="StatedFrom">The first day the statement's date covers: with the dimension, what "the latest statement on or before D" is looked up by.</param>
public sealed record StatementRecord(
    Guid Id,
    Guid Event,
    string Actor,
    string Territory,
    Dimension Dimension,
    DateOnly StatedFrom,
    Guid Article,
    string DerivedBy,
    StatementMade Statement,
    DateTimeOffset RecordedAt,
    DateTimeOffset? SupersededAt = null)
{
    public static StatementRecord Of(StatementMade statement, Guid recordedBy, Guid statementEvent, DateTimeOffset recordedAt) =>
        new(recordedBy, statementEvent, statement.Actor, statement.Territory, statement.Stance.DimensionOf(), statement.Date.Start, statement.Source.Article, statement.Source.DerivedBy,
            statement, recordedAt);

    /// <summary>The timelines these records make, one per actor and territory.</summary>
    public static IEnumerable<StanceTimeline> Timelines(IEnumerable<StatementRecord> records) => records
        .GroupBy(r => (r.Actor, r.Territory))
        .Select(g => Timeline(g.Key.Actor, g.Key.Territory, g));

    /// <summary>One actor's timeline on one territory, or the part of it these records cover.</summary>
    public static StanceTimeline Timeline(string actor, string territory, IEnumerable<StatementRecord> records) =>
        StanceTimeline.Of(actor, territory, records.Select(r => (r.Statement, (Guid?)r.Event)));
}
