using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Positions;

/// <summary>
/// One statement: an actor's speaker took a stance on a territory on a day. Several outlets reporting
/// the same speaker, stance and day are one statement with several sources.
/// </summary>
public sealed record StatementEntry(PartialDate Date, Stance Stance, IReadOnlyList<Source> Sources)
{
    public Dimension Dimension => Stance.DimensionOf();

    // The earliest report's spelling and title win, so the entry does not depend on arrival order.
    public string? Speaker => Sources.Select(s => s.Speaker).FirstOrDefault(s => s is not null);
    public string? SpeakerRole => Sources.Select(s => s.SpeakerRole).FirstOrDefault(r => r is not null);

    public bool IsSameStatement(StatementMade s) =>
        Date == s.Date && Stance == s.Stance && string.Equals(Speaker, s.Speaker, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Every stated stance of one actor on one territory, in the order the statements were made
/// (not the order the articles arrived in).
/// </summary>
public sealed record StanceTimeline(string Id, string Actor, string Territory, IReadOnlyList<StatementEntry> Entries)
{
    public static string KeyOf(string actor, string territory) => $"{actor}/{territory}";

    public static StanceTimeline Empty(string actor, string territory) => new(KeyOf(actor, territory), actor, territory, []);

    public static StanceTimeline FromKey(string key) => key.Split('/') is [var actor, var territory]
        ? Empty(actor, territory)
        : throw new ArgumentException($"'{key}' is not a timeline key (ACTOR/territory)", nameof(key));

    public StanceTimeline Record(StatementMade statement, Guid? eventId = null)
    {
        var source = Source.Of(statement, eventId);
        var existing = Entries.FirstOrDefault(e => e.IsSameStatement(statement));
        if (existing?.Sources.Contains(source) == true) return this;
        var entries = existing is null
            ? Entries.Append(new StatementEntry(statement.Date, statement.Stance, [source]))
            : Entries.Select(e => e == existing ? e with { Sources = Source.Ordered(e.Sources.Append(source)) } : e);
        return this with { Entries = InStatementOrder(entries) };
    }

    /// <summary>
    /// The timeline of many statements at once, as recording them one by one would give it, in one sort rather than
    /// one per statement: "as known at" folds hundreds of records for a busy actor and territory.
    /// </summary>
    public static StanceTimeline Of(string actor, string territory, IEnumerable<(StatementMade Statement, Guid Event)> statements) =>
        Empty(actor, territory) with
        {
            Entries = InStatementOrder(statements
                .GroupBy(s => (s.Statement.Date, s.Statement.Stance, Speaker: s.Statement.Speaker?.ToUpperInvariant()))
                .Select(g => new StatementEntry(g.Key.Date, g.Key.Stance,
                    Source.Ordered(g.Select(s => Source.Of(s.Statement, s.Event)).Distinct())))),
        };

    /// <summary>An analyst's correction: the replaced version leaves this timeline, the amended one (if it belongs here) joins it.</summary>
    public StanceTimeline Correct(StatementCorrected correction)
    {
        var without = this with
        {
            Entries = InStatementOrder(Entries
                .Select(e => e with { Sources = e.Sources.Where(s => s.Event != correction.Statement).ToList() })
                .Where(e => e.Sources.Count > 0)),
        };
        return correction.Amended is { } amended && KeyOf(amended.Actor, amended.Territory) == Id
            ? without.Record(amended, correction.Statement)
            : without;
    }

    /// <summary>Sets aside what one article's superseded derivation contributed; statements left with no source go.</summary>
    public StanceTimeline Without(Guid article, string? derivedBy) => this with
    {
        Entries = InStatementOrder(Entries
            .Select(e => e with { Sources = e.Sources.Where(s => !s.From(article, derivedBy)).ToList() })
            .Where(e => e.Sources.Count > 0)),
    };

    private static IReadOnlyList<StatementEntry> InStatementOrder(IEnumerable<StatementEntry> entries) => entries
        .OrderBy(e => e.Date)
        .ThenBy(e => e.Dimension)
        .ThenBy(e => e.Stance)
        .ThenBy(e => e.Speaker ?? "", StringComparer.OrdinalIgnoreCase)
        .ToList();
}
