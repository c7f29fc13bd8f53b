using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Domain.Talks;

/// <summary>One meeting or call, however many articles reported it.</summary>
public sealed record Meeting(IReadOnlyList<string> Parties, string? Location, TalksFormat Format, PartialDate Date, IReadOnlyList<Source> Sources)
{
    public int Outlets => Source.OutletCount(Sources);
}

/// <summary>Every meeting and call between one set of parties.</summary>
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
            .Select(g => new Meeting(Parties, g.Key.Location.Length == 0 ? null : g.Key.Location, g.Key.Format, g.Date, g.Sources))
            .ToList(),
    };
}
