using PositionTracker.Domain.Articles;

namespace PositionTracker.Domain.Territories;

/// <summary>
/// One report of an annexation, a referendum or control over recording time: in force from when the tracker
/// recorded it until a newer extractor set its article's events aside. Exactly one of the three reports is set.
/// </summary>
public sealed record FactRecord(
    Guid Id,
    string Territory,
    Guid Article,
    string DerivedBy,
    DateTimeOffset RecordedAt,
    TerritoryAnnexed? Annexed = null,
    ReferendumHeld? Referendum = null,
    ControlReported? Control = null,
    DateTimeOffset? SupersededAt = null)
{
    public static FactRecord? Of(IDerivedEvent e, Guid id, DateTimeOffset recordedAt) => e switch
    {
        TerritoryAnnexed a => new(id, a.Territory, a.Source.Article, a.Source.DerivedBy, recordedAt, Annexed: a),
        ReferendumHeld r => new(id, r.Territory, r.Source.Article, r.Source.DerivedBy, recordedAt, Referendum: r),
        ControlReported c => new(id, c.Territory, c.Source.Article, c.Source.DerivedBy, recordedAt, Control: c),
        _ => null,
    };

    /// <summary>The report as a source of its fact, as the reference fold cites it.</summary>
    public Source AsSource() => this switch
    {
        { Annexed: { } a } => Source.Of(a, eventId: Id),
        { Referendum: { } r } => Source.Of(r, r.Result, Id),
        _ => Source.Of(Control!, eventId: Id),
    };

    /// <summary>The territory's facts these tallies make, each fact with a sample of its sources; none when there are no tallies.</summary>
    public static TerritoryFacts? Facts(string territory, IReadOnlyList<FactTally> tallies, int sample) => tallies.Count == 0
        ? null
        : TerritoryFacts.Of(territory,
            tallies.Where(t => t.Sample[0].Annexed is not null).Select(t => ((t.Sample[0].Annexed!.By, t.Sample[0].Annexed!.From), t.ToTally())),
            tallies.Where(t => t.Sample[0].Referendum is not null).Select(t => t.ToTally()),
            tallies.Where(t => t.Sample[0].Control is not null).Select(t => ((t.Sample[0].Control!.Controller, t.Sample[0].Control!.Extent), t.ToTally())), sample);
}

/// <summary>
/// The rows in force of one fact on one date as reported, counted by the store: how many, from which outlets, the first
/// of them in source order (never more than a sample) and the first row of each distinct detail.
/// </summary>
public sealed record FactTally(int Reports, IReadOnlyList<string> Outlets, IReadOnlyList<FactRecord> Sample, IReadOnlyList<FactRecord> FirstOfEachDetail)
{
    public Tally ToTally() => new(Sample[0].AsSource().Date, Reports, Outlets,
        Sample.Select(r => r.AsSource()).ToList(), FirstOfEachDetail.Select(r => r.AsSource()).ToList());
}
