using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Domain.Talks;

/// <summary>One meeting or call, however many articles reported it.</summary>
/// <param name="Reports">How many reports give it; <paramref name="Sources"/> may hold only the first of them.</param>
/// <param name="Outlets">How many outlets reported it independently.</param>
public sealed record Meeting(IReadOnlyList<string> Parties, string? Location, TalksFormat Format, PartialDate Date, int Reports, int Outlets,
    IReadOnlyList<Source> Sources)
{
    /// <summary>Meetings from reports already counted by meeting and date, grouped as recording the reports one by one would.</summary>
    public static IReadOnlyList<Meeting> Of(IEnumerable<TalksTally> tallies, int sample) => Corroboration
        .Merge(tallies.Select(t => (t.Key, t.ToTally())), k => $"{k.Parties}>{k.Location}>{k.Format}", sample)
        .Select(g => new Meeting(g.Key.Parties.Split('+'), g.Key.Location.Length == 0 ? null : g.Key.Location, g.Key.Format,
            g.Date, g.Reports, g.Outlets, g.Sources))
        .OrderBy(m => m.Date).ThenBy(m => string.Join('+', m.Parties), StringComparer.Ordinal)
        .ToList();
}

/// <summary>
/// Every meeting and call between one set of parties, folded from the reports one by one. Not stored: talks are rows
/// (<see cref="TalksRecord"/>); this fold is the reference their paged answer is held to.
/// </summary>
public sealed record TalksLog(string Id, IReadOnlyList<string> Parties, IReadOnlyList<Meeting> Meetings)
{
    public static string KeyOf(IEnumerable<string> parties) => string.Join('+', parties.Distinct().Order(StringComparer.Ordinal));

    public static TalksLog Empty(IEnumerable<string> parties) =>
        new(KeyOf(parties), parties.Distinct().Order(StringComparer.Ordinal).ToList(), []);

    public TalksLog Record(TalksHeld e, Guid? eventId = null) =>
        Regrouped(Reports().Append(((e.Location ?? "", e.Format), Source.Of(e, e.Location, eventId))));

    /// <summary>Sets aside what one article's superseded derivation contributed.</summary>
    public TalksLog Without(Guid article, string? derivedBy) => Regrouped(Reports().Where(r => !r.Source.From(article, derivedBy)));

    private IEnumerable<((string Location, TalksFormat Format) Key, Source Source)> Reports() =>
        Meetings.SelectMany(m => m.Sources.Select(s => ((m.Location ?? "", m.Format), s)));

    private TalksLog Regrouped(IEnumerable<((string Location, TalksFormat Format) Key, Source Source)> reports) => this with
    {
        Meetings = Corroboration.Regroup(reports, k => $"{k.Location}>{k.Format}")
            .Select(g => new Meeting(Parties, g.Key.Location.Length == 0 ? null : g.Key.Location, g.Key.Format, g.Date, g.Reports, g.Outlets, g.Sources))
            .ToList(),
    };
}
