using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Territories;

/// <summary>One account of a disputed fact, with the sources that give it.</summary>
/// <param name="Reports">How many reports give this account; <paramref name="Sources"/> may hold only the first of them.</param>
public sealed record Account(string Says, PartialDate Date, int Reports, IReadOnlyList<Source> Sources);

/// <summary>A fact on which the sources disagree: the same annexation on different dates, different control, contradictory words.</summary>
public sealed record Discrepancy(string Kind, string Territory, string Subject, IReadOnlyList<Account> Accounts);

public static class Discrepancies
{
    public static IReadOnlyList<Discrepancy> In(TerritoryFacts facts, IEnumerable<StanceTimeline> timelines) =>
        AnnexationDates(facts).Concat(ReferendumDates(facts)).Concat(ControlExtents(facts)).Concat(timelines.SelectMany(Contradictions)).ToList();

    /// <summary>Reports of one annexation whose dates cannot both be right.</summary>
    private static IEnumerable<Discrepancy> AnnexationDates(TerritoryFacts facts) => facts.Annexations
        .GroupBy(a => (a.By, a.From))
        .Where(g => g.Count() > 1)
        .Select(g => new Discrepancy("annexation date", facts.Id, $"annexation by {g.Key.By} from {g.Key.From}",
            g.Select(a => new Account($"annexed {a.Date}", a.Date, a.Reports, a.Sources)).ToList()));

    private static IEnumerable<Discrepancy> ReferendumDates(TerritoryFacts facts) => facts.Referendums.Count > 1
        ? [new Discrepancy("referendum date", facts.Id, "referendum", facts.Referendums.Select(r => new Account($"held {r.Date}", r.Date, r.Reports, r.Sources)).ToList())]
        : [];

    /// <summary>Different extents of one controller's hold, reported for the same time.</summary>
    private static IEnumerable<Discrepancy> ControlExtents(TerritoryFacts facts) => facts.Control
        .GroupBy(c => c.Controller)
        .SelectMany(g => g.Select(c => g.Where(o => o.Extent != c.Extent && o.Date.AgreesWith(c.Date)).Append(c).OrderBy(o => o.Extent).ToList()))
        .Where(set => set.Count > 1)
        .DistinctBy(set => string.Join('|', set.Select(c => $"{c.Extent}@{c.Date}")))
        .Select(set => new Discrepancy("control extent", facts.Id, $"{set[0].Controller}'s control around {set[0].Date}",
            set.Select(c => new Account($"{set[0].Controller} controls {c.Extent.ToString().ToLowerInvariant()}", c.Date, c.Reports, c.Sources)).ToList()));

    /// <summary>The same speaker, the same day, opposite stances in one dimension, according to different articles.</summary>
    private static IEnumerable<Discrepancy> Contradictions(StanceTimeline timeline) => timeline.Entries
        .Where(e => e.Speaker is not null)
        .GroupBy(e => (e.Date, Speaker: e.Speaker!.ToLowerInvariant(), e.Dimension))
        .Where(g => g.Select(e => e.Stance).Distinct().Count() > 1 && Opposed(g.Select(e => e.Stance).ToList())
                    && g.SelectMany(e => e.Sources).Select(s => s.Article).Distinct().Count() > 1)
        .Select(g => new Discrepancy("contradictory statement", timeline.Territory,
            $"{g.First().Speaker} ({timeline.Actor}) on {g.Key.Date}",
            g.Select(e => new Account(e.Stance.ToString(), e.Date, e.Sources.Count, e.Sources)).ToList()));

    /// <summary>Stances that cannot both be meant: refusing and welcoming talks, claiming and calling an annexation illegal.</summary>
    private static bool Opposed(IReadOnlyList<Stance> stances) =>
        (stances.Contains(Stance.RejectsNegotiation) && (stances.Contains(Stance.OpenToNegotiation) || stances.Contains(Stance.ProposesExchange)))
        || (stances.Contains(Stance.ClaimsSovereignty) && stances.Contains(Stance.RejectsAnnexation));
}
