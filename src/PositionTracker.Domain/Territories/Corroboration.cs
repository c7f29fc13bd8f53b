using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Territories;

/// <summary>
/// Groups reports of the same fact: same key and dates that agree ("2014", "2014-03" and "2014-03-18"
/// are one annexation reported at three precisions). Grouping runs over all reports in a fixed order,
/// so the result does not depend on the order articles arrived in.
/// </summary>
public static class Corroboration
{
    public sealed record Group<TKey>(TKey Key, PartialDate Date, IReadOnlyList<Source> Sources);

    public static IReadOnlyList<Group<TKey>> Regroup<TKey>(IEnumerable<(TKey Key, Source Source)> reports, Func<TKey, string> keyOrder)
        where TKey : notnull
    {
        var groups = new List<(TKey Key, List<Source> Sources)>();
        var ordered = reports
            .Distinct()
            .OrderBy(r => keyOrder(r.Key), StringComparer.Ordinal)
            .ThenByDescending(r => r.Source.Date.Precision)
            .ThenBy(r => r.Source.Date)
            .ThenBy(r => r.Source.Published)
            .ThenBy(r => r.Source.Outlet, StringComparer.Ordinal)
            .ThenBy(r => r.Source.Article);
        foreach (var (key, source) in ordered)
        {
            var home = groups.FindIndex(g => g.Key.Equals(key) && g.Sources.All(s => s.Date.AgreesWith(source.Date)));
            if (home < 0) groups.Add((key, [source]));
            else groups[home].Sources.Add(source);
        }
        // The most precise report dates the fact: it came first in the order above.
        return groups
            .Select(g => new Group<TKey>(g.Key, g.Sources[0].Date, Source.Ordered(g.Sources)))
            .OrderBy(g => g.Date)
            .ThenBy(g => keyOrder(g.Key), StringComparer.Ordinal)
            .ToList();
    }
}
