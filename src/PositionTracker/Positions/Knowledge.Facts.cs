using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Positions;

/// <summary>Annexations, referendums and control, counted from the fact rows in force at the moment.</summary>
public sealed partial class Knowledge
{
    /// <summary>
    /// The fact rows in force at a moment, counted by fact and date as reported (and a referendum's result): the rows of one
    /// fact on one date always fall in one group of corroborating reports, so these tallies group as the rows would. The
    /// counts come from the tallies index alone (an index-only scan, see FactRecordStorage): no document is parsed.
    /// </summary>
    private static string TalliesSql(string where) => $$"""
        select jsonb_build_object('Territory', d.territory, 'Kind', d.kind, 'Fact', d.fact, 'Reported', d.reported,
          'Detail', d.detail, 'Reports', count(*), 'Outlets', jsonb_agg(distinct coalesce(d.outlet, d.article::text)))
        from {{Setup.Schema}}.mt_doc_factrecord as d
        where {{where}} and d.recorded_at <= ? and (d.superseded_at is null or d.superseded_at > ?)
        group by d.territory, d.kind, d.fact, d.reported, d.detail
        """;

    /// <summary>
    /// The first rows of each tally asked for, in force at a moment, in the order <see cref="Domain.Articles.Source.Ordered"/>
    /// gives (published, outlet ordinal with none first, article, then the event). Each read walks the tallies index in its
    /// order and stops after the first rows, with any that tie with the last on publication and outlet: the index does not
    /// hold the rest of the order, and a sort would read the whole tally to find them.
    /// </summary>
    private static readonly string SamplesSql = $$"""
        select s.data
        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality as g(territory, kind, fact, reported, detail, tally)
        cross join lateral (
          select d.data, d.published, d.outlet, d.article, d.id from {{Setup.Schema}}.mt_doc_factrecord as d
          where d.territory = g.territory and d.kind = g.kind and d.fact = g.fact and d.reported = g.reported and d.detail = g.detail
            and d.recorded_at <= ? and (d.superseded_at is null or d.superseded_at > ?)
          order by d.published, d.outlet collate "C" nulls first
          fetch first (?) rows with ties) as s
        order by g.tally, s.published, s.outlet collate "C" nulls first, s.article, s.id
        """;

    /// <summary>The territory's annexations, referendums and control, from the fact rows in force at the moment; null when it has none.</summary>
    public async Task<TerritoryFacts?> FactsAsync(string territory, CancellationToken token)
    {
        var tallies = await TalliesAsync("d.territory = ?", territory, token);
        return FactTally.Facts(territory, tallies, await SamplesAsync(tallies, TerritoryFacts.SampleSize, token), TerritoryFacts.SampleSize);
    }

    /// <summary>
    /// What a position's answer cites of the annexations known by the date: the <paramref name="shown"/> most reported
    /// (<see cref="TerritoryFacts.MostReported"/>), each with its sample as <see cref="FactsAsync"/> gives it, and how many
    /// others there are. Every annexation is counted from the index; only the rows of those shown are read.
    /// </summary>
    public async Task<(IReadOnlyList<Annexation> Shown, int Others)> AnnexationsByAsync(string territory, DateOnly on, int shown,
        CancellationToken token)
    {
        var tallies = await TalliesAsync($"d.territory = ? and d.kind = '{FactKind.Annexation}'", territory, token);
        var known = FactTally.Facts(territory, tallies, _ => [], TerritoryFacts.SampleSize)?.AnnexationsBy(on).ToList() ?? [];
        var cited = TerritoryFacts.MostReported(known, shown);
        var making = FactTally.Making(TerritoryFacts.Empty(territory) with { Annexations = cited }, tallies);
        var sampled = FactTally.Facts(territory, tallies, await SamplesAsync(making, TerritoryFacts.SampleSize, token), TerritoryFacts.SampleSize);
        var keys = cited.Select(a => (a.By, a.From, a.Date)).ToHashSet();
        return (sampled?.AnnexationsBy(on).Where(a => keys.Contains((a.By, a.From, a.Date))).ToList() ?? [], known.Count - cited.Count);
    }

    /// <summary>How many annexations and how many extents of control each territory has in force now, from its distinct reports.</summary>
    public async Task<IReadOnlyDictionary<string, (int Annexations, int Control)>> FactCountsAsync(CancellationToken token)
    {
        var distinct = (await _sql.QueryAsync<string>(DistinctFactsSql, token)).Select(r => r.Split('\n'))
            .Select(r => (Territory: r[0], Kind: r[1], Fact: r[2], Date: PartialDate.Parse(r[3])));
        return distinct.GroupBy(r => r.Territory).ToDictionary(g => g.Key, g => (
            Corroboration.Count(g.Where(r => r.Kind == FactKind.Annexation).Select(r => (r.Fact, r.Date))),
            Corroboration.Count(g.Where(r => r.Kind == FactKind.Control).Select(r => (r.Fact, r.Date)))));
    }

    /// <summary>Every territory, kind, fact and date as reported in force now: no source, so the whole store answers from the index.</summary>
    private static readonly string DistinctFactsSql = $$"""
        select distinct d.territory || chr(10) || d.kind || chr(10) || d.fact || chr(10) || d.reported
        from {{Setup.Schema}}.mt_doc_factrecord as d
        where d.superseded_at is null and d.kind <> '{{FactKind.Referendum}}'
        """;

    /// <summary>Every territory's facts in force at the moment, each fact with a sample of <paramref name="sample"/> sources.</summary>
    public async Task<IReadOnlyList<TerritoryFacts>> FactsEverywhereAsync(int sample, CancellationToken token)
    {
        var tallies = await TalliesAsync("true", null, token);
        var samples = await SamplesAsync(tallies, sample, token);
        return tallies.GroupBy(t => t.Territory)
            .Select(g => FactTally.Facts(g.Key, g.ToList(), samples, sample)!)
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<IReadOnlyList<FactTally>> TalliesAsync(string where, string? territory, CancellationToken token,
        params object[] more)
    {
        var at = _knownAt ?? DateTimeOffset.MaxValue;
        object[] parameters = territory is null ? [at, at] : [territory, .. more, at, at];
        return await _sql.QueryAsync<FactTally>(TalliesSql(where), token, parameters);
    }

    /// <summary>The first <paramref name="sample"/> rows of each tally, in source order, by tally.</summary>
    private async Task<Func<FactTally, IReadOnlyList<FactRecord>>> SamplesAsync(IReadOnlyList<FactTally> tallies, int sample,
        CancellationToken token)
    {
        var at = _knownAt ?? DateTimeOffset.MaxValue;
        var rows = tallies.Count == 0 ? [] : await _sql.QueryAsync<FactRecord>(SamplesSql, token,
            tallies.Select(t => t.Territory).ToArray(), tallies.Select(t => t.Kind).ToArray(), tallies.Select(t => t.Fact).ToArray(),
            tallies.Select(t => t.Reported).ToArray(), tallies.Select(t => t.Detail).ToArray(), at, at, sample);
        var byTally = rows.ToLookup(r => (r.Territory, r.Kind, r.Fact, r.Reported, r.Detail));
        return t => byTally[(t.Territory, t.Kind, t.Fact, t.Reported, t.Detail)].ToList();
    }
}
