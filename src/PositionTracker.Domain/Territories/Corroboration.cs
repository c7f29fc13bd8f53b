using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Territories;

/// <summary>
/// The reports of one fact on one date as they gave it: how many there are, which outlets they came from, the first few
/// in source order, and the first report of each distinct detail (a referendum's result). A store of rows hands these
/// over already counted, so that an answer never carries every report of a fact.
/// </summary>
public sealed record Tally(PartialDate Date, int Reports, IReadOnlyList<string> Outlets, IReadOnlyList<Source> Sample,
    IReadOnlyList<Source> FirstOfEachDetail)
{
    /// <summary>Counts reports in memory, as the store's query counts its rows.</summary>
    public static Tally Of(PartialDate date, IEnumerable<Source> reports, int sample)
    {
        var ordered = Source.Ordered(reports);
        return new(date, ordered.Count, OutletsOf(ordered), ordered.Take(sample).ToList(),
            ordered.Where(s => s.Detail is not null).DistinctBy(s => s.Detail).ToList());
    }

    /// <summary>The outlets reporting independently; an article with no outlet counts as its own, as in <see cref="Source.OutletCount"/>.</summary>
    public static IReadOnlyList<string> OutletsOf(IEnumerable<Source> sources) =>
        sources.Select(s => s.Outlet ?? s.Article.ToString()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>
/// Groups reports of the same fact: same key and dates that agree ("2014", "2014-03" and "2014-03-18"
/// are one annexation reported at three precisions). Grouping runs over all reports in a fixed order,
/// so the result does not depend on the order articles arrived in.
/// </summary>
public static class Corroboration
{
    /// <summary>
    /// The sources an answer names per fact or meeting. A reader checks a few reports, not a thousand; the counts of reports
    /// and outlets say how much more there is. Twenty covers every fact of the curated and development sets in full, and
    /// keeps an answer to a few dozen kilobytes however often an annexation or a summit is mentioned.
    /// </summary>
    public const int SampleSize = 20;

    /// <param name="Sources">The first reports in source order, as many as the caller's sample allows.</param>
    /// <param name="Details">Each distinct detail (a referendum's result), in the order of the first report giving it.</param>
    public sealed record Group<TKey>(TKey Key, PartialDate Date, int Reports, int Outlets, IReadOnlyList<Source> Sources,
        IReadOnlyList<string> Details);

    /// <summary>Every report at hand, grouped; each group keeps its first <paramref name="sample"/> sources.</summary>
    public static IReadOnlyList<Group<TKey>> Regroup<TKey>(IEnumerable<(TKey Key, Source Source)> reports, Func<TKey, string> keyOrder,
        int sample = int.MaxValue) where TKey : notnull =>
        Merge(reports.Distinct()
            .GroupBy(r => (r.Key, r.Source.Date))
            .Select(g => (g.Key.Key, Tally.Of(g.Key.Date, g.Select(r => r.Source), sample))), keyOrder, sample);

    /// <summary>How many facts reports of these keys and dates make, once grouped: what a count needs, without their sources.</summary>
    public static int Count(IEnumerable<(string Key, PartialDate Date)> reports) =>
        Merge(reports.Distinct().Select(r => (r.Key, new Tally(r.Date, 0, [], [], []))), k => k, 0).Count;

    /// <summary>
    /// Reports already counted by fact and date, grouped as <see cref="Regroup{TKey}"/> groups them one by one: the reports
    /// of one key and date always land in the same group, so grouping their tallies gives the same groups.
    /// </summary>
    public static IReadOnlyList<Group<TKey>> Merge<TKey>(IEnumerable<(TKey Key, Tally Tally)> tallies, Func<TKey, string> keyOrder, int sample)
        where TKey : notnull
    {
        var groups = new List<(TKey Key, List<Tally> Tallies)>();
        var ordered = tallies
            .OrderBy(t => keyOrder(t.Key), StringComparer.Ordinal)
            .ThenByDescending(t => t.Tally.Date.Precision)
            .ThenBy(t => t.Tally.Date);
        // Each tally joins the first group of its key whose every date agrees with its own. Dates nest (a day lies in one
        // month and one year) and come finest first, so that is the first group whose first date, cut to this tally's
        // precision, is this tally's date: found by that cut, not by comparing with every group (a territory's control
        // reports, dated by the day, make hundreds of groups).
        var firstByCut = new Dictionary<(TKey Key, PartialDate Cut), int>();
        foreach (var (key, tally) in ordered)
        {
            if (firstByCut.TryGetValue((key, tally.Date), out var home))
            {
                groups[home].Tallies.Add(tally);
                continue;
            }
            groups.Add((key, [tally]));
            foreach (var precision in Enum.GetValues<DatePrecision>().Where(p => p <= tally.Date.Precision))
                firstByCut.TryAdd((key, tally.Date.Truncate(precision)), groups.Count - 1);
        }
        // The most precise report dates the fact: it came first in the order above.
        return groups
            .Select(g => new Group<TKey>(g.Key, g.Tallies[0].Date,
                g.Tallies.Sum(t => t.Reports),
                g.Tallies.SelectMany(t => t.Outlets).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                Source.Ordered(g.Tallies.SelectMany(t => t.Sample)).Take(sample).ToList(),
                Source.Ordered(g.Tallies.SelectMany(t => t.FirstOfEachDetail)).Select(s => s.Detail!).Distinct().ToList()))
            .OrderBy(g => g.Date)
            .ThenBy(g => keyOrder(g.Key), StringComparer.Ordinal)
            .ToList();
    }
}
