using CsCheck;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Domain.Tests.Territories;

/// <summary>Merging tallies by a lookup of dates groups them exactly as comparing each with every group did.</summary>
public sealed class CorroborationPropertyTests
{
    /// <summary>Dates of a few days in two years at every precision, so that reports nest, clash and repeat.</summary>
    private static readonly Gen<PartialDate> Date = Gen.OneOf(
        Gen.Int[2014, 2015].Select(PartialDate.OfYear),
        Gen.Select(Gen.Int[2014, 2015], Gen.Int[1, 3], PartialDate.OfMonth),
        Gen.Select(Gen.Int[2014, 2015], Gen.Int[1, 3], Gen.Int[1, 3], (y, m, d) => PartialDate.OfDay(new DateOnly(y, m, d))));

    private static readonly Gen<(string Key, Tally Tally)> Report = Gen.Select(Gen.OneOf("RUS>UKR", "UKR>RUS", "ARM>AZE"), Date, Gen.Int[1, 5],
        (key, date, reports) => (key, new Tally(date, reports, [$"{key} {date}"], [], [])));

    [Fact]
    public void Tallies_merge_into_the_groups_the_first_agreeing_group_rule_makes()
    {
        Report.Array[0, 40].Select(r => r.DistinctBy(t => (t.Key, t.Tally.Date)).ToArray()).Sample(tallies =>
        {
            var merged = Corroboration.Merge(tallies, k => k, 20).Select(g => (g.Key, g.Date, g.Reports, g.Outlets));
            return merged.SequenceEqual(Reference(tallies));
        }, iter: 5_000);
    }

    /// <summary>The rule as first written: each tally, finest first, joins the first group of its key it agrees with entirely.</summary>
    private static IEnumerable<(string, PartialDate, int, int)> Reference(IEnumerable<(string Key, Tally Tally)> tallies)
    {
        var groups = new List<(string Key, List<Tally> Tallies)>();
        foreach (var (key, tally) in tallies.OrderBy(t => t.Key, StringComparer.Ordinal)
                     .ThenByDescending(t => t.Tally.Date.Precision).ThenBy(t => t.Tally.Date))
        {
            var home = groups.FindIndex(g => g.Key == key && g.Tallies.All(t => t.Date.AgreesWith(tally.Date)));
            if (home < 0) groups.Add((key, [tally]));
            else groups[home].Tallies.Add(tally);
        }
        return groups
            .Select(g => (g.Key, g.Tallies[0].Date, g.Tallies.Sum(t => t.Reports), g.Tallies.SelectMany(t => t.Outlets).Distinct().Count()))
            .OrderBy(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal);
    }
}
