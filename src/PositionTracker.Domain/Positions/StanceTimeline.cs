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

}

/// <summary>
/// Every stated stance of one actor on one territory, in the order the statements were made
/// (not the order the articles arrived in).
/// </summary>
public sealed record StanceTimeline(string Actor, string Territory, IReadOnlyList<StatementEntry> Entries)
{
    public static StanceTimeline Empty(string actor, string territory) => new(actor, territory, []);

    /// <summary>
    /// The timeline these statements make, whatever order they come in: reports of the same speaker, stance and day
    /// become one statement with several sources.
    /// </summary>
    public static StanceTimeline Of(string actor, string territory, IEnumerable<(StatementMade Statement, Guid? Event)> statements) =>
        Empty(actor, territory) with
        {
            Entries = InStatementOrder(statements
                .GroupBy(s => (s.Statement.Date, s.Statement.Stance, Speaker: s.Statement.Speaker?.ToUpperInvariant()))
                .Select(g => new StatementEntry(g.Key.Date, g.Key.Stance,
                    Source.Ordered(g.Select(s => Source.Of(s.Statement, s.Event)).Distinct())))),
        };

    private static IReadOnlyList<StatementEntry> InStatementOrder(IEnumerable<StatementEntry> entries) => entries
        .OrderBy(e => e.Date)
        .ThenBy(e => e.Dimension)
        .ThenBy(e => e.Stance)
        .ThenBy(e => e.Speaker ?? "", StringComparer.OrdinalIgnoreCase)
        .ToList();
}
