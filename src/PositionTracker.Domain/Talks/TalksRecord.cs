using PositionTracker.Domain.Articles;

namespace PositionTracker.Domain.Talks;

/// <summary>
/// One report of talks over recording time: in force from when the tracker recorded it until a newer extractor set its
/// article's events aside. Rows, not a log per set of parties, so that nothing grows with the number of talks reported.
/// </summary>
/// <param name="Parties">The parties, each once, in code order; <paramref name="PartiesKey"/> joins them as <see cref="TalksLog.KeyOf"/> does.</param>
/// <param name="HeldFrom">The first day the talks' date covers: where they sit in date order.</param>
/// <param name="HeldUntil">The last day it covers, so that a window's start can be checked by index.</param>
public sealed record TalksRecord(
    Guid Id,
    IReadOnlyList<string> Parties,
    string PartiesKey,
    DateOnly HeldFrom,
    DateOnly HeldUntil,
    Guid Article,
    string DerivedBy,
    TalksHeld Talks,
    DateTimeOffset RecordedAt,
    DateTimeOffset? SupersededAt = null)
{
    public static TalksRecord Of(TalksHeld talks, Guid id, DateTimeOffset recordedAt) =>
        new(id, talks.Parties.Distinct().Order(StringComparer.Ordinal).ToList(), TalksLog.KeyOf(talks.Parties),
            talks.Date.Start, talks.Date.End, talks.Source.Article, talks.Source.DerivedBy, talks, recordedAt);

    /// <summary>The report as a source of its meeting, as <see cref="TalksLog.Record"/> cites it.</summary>
    public Source AsSource() => Source.Of(Talks, Talks.Location, Id);
}

/// <summary>
/// The rows in force of one meeting on one date as reported, counted by the store: how many, from which outlets, and the
/// first of them in source order (never more than a sample).
/// </summary>
public sealed record TalksTally(int Reports, IReadOnlyList<string> Outlets, IReadOnlyList<TalksRecord> Sample)
{
    public (string Parties, string Location, TalksFormat Format) Key =>
        (Sample[0].PartiesKey, Sample[0].Talks.Location ?? "", Sample[0].Talks.Format);

    public Territories.Tally ToTally() => new(Sample[0].Talks.Date, Reports, Outlets, Sample.Select(r => r.AsSource()).ToList(), []);
}
