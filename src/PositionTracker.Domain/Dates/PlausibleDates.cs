namespace PositionTracker.Domain.Dates;

/// <summary>
/// The dates the tracker accepts from a file: a year 0001 or 2999 is a typing slip or a placeholder, and it
/// would sit at the end of every timeline. Today comes from the caller, so that the domain reads no clock.
/// </summary>
public static class PlausibleDates
{
    public static readonly DateOnly EarliestPublication = new(1900, 1, 1);

    /// <summary>
    /// Annotations reach further back than publications: background facts such as a treaty that ceded a territory.
    /// The development set's Gibraltar article dates Spain's cession to the Treaty of Utrecht (1713).
    /// </summary>
    public static readonly DateOnly EarliestFact = new(1700, 1, 1);

    /// <summary>One day of slack for time zones: a paper dated tomorrow somewhere is already out here.</summary>
    public static DateOnly Latest(DateOnly today) => today.AddDays(1);

    public static string? PublicationProblem(DateOnly published, DateOnly today) =>
        Outside(published.ToString("yyyy-MM-dd"), published, published, EarliestPublication, today);

    public static string? FactProblem(PartialDate date, DateOnly today) =>
        Outside(date.ToString(), date.Start, date.End, EarliestFact, today);

    private static string? Outside(string text, DateOnly start, DateOnly end, DateOnly earliest, DateOnly today) =>
        end < earliest || start > Latest(today)
            ? $"'{text}' is outside the dates accepted, {earliest:yyyy-MM-dd} to {Latest(today):yyyy-MM-dd} (one day after today)"
            : null;
}
