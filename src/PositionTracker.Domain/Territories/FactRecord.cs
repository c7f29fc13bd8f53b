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

    /// <summary>The territory's facts these records make, as the document projection folds them (its stances aside).</summary>
    public static TerritoryFacts? Facts(string territory, IReadOnlyList<FactRecord> records) => records.Count == 0
        ? null
        : TerritoryFacts.Of(territory,
            records.Where(r => r.Annexed is not null).Select(r => (r.Annexed!, r.Id)),
            records.Where(r => r.Referendum is not null).Select(r => (r.Referendum!, r.Id)),
            records.Where(r => r.Control is not null).Select(r => (r.Control!, r.Id)));
}
