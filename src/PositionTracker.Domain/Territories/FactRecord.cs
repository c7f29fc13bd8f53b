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

    // What the store groups, counts and orders the rows by, kept beside the report as columns of their own (see
    // FactRecordStorage): computed from it, so that they cannot disagree with it.

    public string Kind => Annexed is not null ? FactKind.Annexation : Referendum is not null ? FactKind.Referendum : FactKind.Control;

    /// <summary>Which fact of its kind the report gives: who annexed it from whom, or who controls how much; a referendum is one fact.</summary>
    public string Fact => this switch
    {
        { Annexed: { } a } => FactOf(a.By, a.From),
        { Referendum: not null } => "",
        _ => FactOf(Control!.Controller, Control.Extent),
    };

    public static string FactOf(string party, object counterpart) => $"{party}>{counterpart}";

    /// <summary>The date as the report gives it (2014, 2014-03 or 2014-03-18): reports of one fact and date corroborate each other.</summary>
    public string Reported => Report.Date.ToString();

    /// <summary>A referendum's result as reported, empty when none is (readers never give an empty one).</summary>
    public string Detail => Referendum?.Result ?? "";

    public DateOnly Published => Report.Source.Published;

    public string? Outlet => Report.Source.Outlet;

    private IDerivedEvent Report => (IDerivedEvent?)Annexed ?? (IDerivedEvent?)Referendum ?? Control!;

    /// <summary>The report as a source of its fact, as the reference fold cites it.</summary>
    public Source AsSource() => this switch
    {
        { Annexed: { } a } => Source.Of(a, eventId: Id),
        { Referendum: { } r } => Source.Of(r, r.Result, Id),
        _ => Source.Of(Control!, eventId: Id),
    };
}

/// <summary>The kinds of fact row, as the store and the reporting views spell them.</summary>
public static class FactKind
{
    public const string Annexation = "annexation", Referendum = "referendum", Control = "control";
}
