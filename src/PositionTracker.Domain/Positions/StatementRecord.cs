using PositionTracker.Domain.Articles;

namespace PositionTracker.Domain.Positions;

/// <summary>
/// One report of a statement over recording time: in force from when the tracker recorded it until an analyst's
/// correction or a newer extractor set it aside. "As known at T" selects the records in force at T, so that an
/// answer about the past reads the rows of one actor or territory instead of replaying every event.
/// </summary>
/// <param name="Id">The event that recorded this version: the statement itself, or the correction that amended it.</param>
/// <param name="Event">The statement's own event id, which evidence cites whichever version this is.</param>
public sealed record StatementRecord(
    Guid Id,
    Guid Event,
    string Actor,
    string Territory,
    Guid Article,
    string DerivedBy,
    StatementMade Statement,
    DateTimeOffset RecordedAt,
    DateTimeOffset? SupersededAt = null)
{
    public static StatementRecord Of(StatementMade statement, Guid recordedBy, Guid statementEvent, DateTimeOffset recordedAt) =>
        new(recordedBy, statementEvent, statement.Actor, statement.Territory, statement.Source.Article, statement.Source.DerivedBy,
            statement, recordedAt);

    /// <summary>The timelines these records make, one per actor and territory, as the document projection folds them.</summary>
    public static IEnumerable<StanceTimeline> Timelines(IEnumerable<StatementRecord> records) => records
        .GroupBy(r => (r.Actor, r.Territory))
        .Select(g => StanceTimeline.Of(g.Key.Actor, g.Key.Territory, g.Select(r => (r.Statement, r.Event))));
}
