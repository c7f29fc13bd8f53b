using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Positions;

/// <summary>Annexations, referendums and control, counted from the fact rows in force at the moment.</summary>
public sealed partial class Knowledge
{
    /// <summary>
    /// The fact rows in force at a moment, counted by fact and date as reported: the rows of one fact on one date always
    /// fall in one group of corroborating reports, so these tallies group as the rows would, and only a sample of each
    /// crosses the wire, the first rows in the order <see cref="Domain.Articles.Source.Ordered"/> gives. The reading walks
    /// the territory index; its cost grows with the territory's reports, the answer's only with its facts.
    /// </summary>
    private static string TalliesSql(string where) => $$"""
        with reports as (
          select d.id, d.data, f.kind, f.e
          from {{Setup.Schema}}.mt_doc_factrecord as d
          cross join lateral (select
            case when jsonb_typeof(d.data -> 'Annexed') = 'object' then 'annexation'
                 when jsonb_typeof(d.data -> 'Referendum') = 'object' then 'referendum' else 'control' end as kind,
            coalesce(nullif(d.data -> 'Annexed', 'null'), nullif(d.data -> 'Referendum', 'null'), d.data -> 'Control') as e) as f
          where {{where}}
            and (d.data ->> 'RecordedAt')::timestamptz <= ?
            and (d.data ->> 'SupersededAt' is null or (d.data ->> 'SupersededAt')::timestamptz > ?)
        ), placed as (
          select r.data, r.kind, r.e ->> 'Date' as date, g.fact,
            coalesce(r.e -> 'Source' ->> 'Outlet', r.e -> 'Source' ->> 'Article') as outlet,
            r.e ->> 'Result' as detail,
            row_number() over (partition by r.data ->> 'Territory', r.kind, g.fact, r.e ->> 'Date' order by {{SourceOrder}}) as place,
            row_number() over (partition by r.data ->> 'Territory', r.kind, g.fact, r.e ->> 'Date', r.e ->> 'Result' order by {{SourceOrder}}) as detail_place
          from reports as r
          cross join lateral (select concat_ws('>', r.e ->> 'By', r.e ->> 'From', r.e ->> 'Controller', r.e ->> 'Extent') as fact) as g
        )
        select jsonb_build_object(
          'Reports', count(*),
          'Outlets', jsonb_agg(distinct outlet),
          'Sample', jsonb_agg(data order by place) filter (where place <= ?),
          'FirstOfEachDetail', coalesce(jsonb_agg(data order by place) filter (where detail is not null and detail_place = 1), '[]'::jsonb))
        from placed
        group by data ->> 'Territory', kind, fact, date
        """;

    /// <summary>Source order in SQL: published, outlet (ordinal, none first), article, then the event, as <see cref="Domain.Articles.Source.Ordered"/>.</summary>
    private const string SourceOrder =
        "r.e -> 'Source' ->> 'Published', r.e -> 'Source' ->> 'Outlet' collate \"C\" nulls first, (r.e -> 'Source' ->> 'Article')::uuid, r.id";

    /// <summary>The territory's annexations, referendums and control, from the fact rows in force at the moment; null when it has none.</summary>
    public async Task<TerritoryFacts?> FactsAsync(string territory, CancellationToken token) =>
        FactRecord.Facts(territory, await TalliesAsync(territory, TerritoryFacts.SampleSize, token), TerritoryFacts.SampleSize);

    /// <summary>The territory's annexations alone, as <see cref="FactsAsync"/> gives them: all that a position's answer cites.</summary>
    public async Task<TerritoryFacts?> AnnexationsAsync(string territory, CancellationToken token)
    {
        var at = _knownAt ?? DateTimeOffset.MaxValue;
        var tallies = await _session.QueryAsync<FactTally>(TalliesSql("d.data ->> 'Territory' = ? and jsonb_typeof(d.data -> 'Annexed') = 'object'"),
            token, territory, at, at, TerritoryFacts.SampleSize);
        return FactRecord.Facts(territory, tallies, TerritoryFacts.SampleSize);
    }

    /// <summary>How many annexations and how many extents of control each territory has in force now, from its distinct reports.</summary>
    public async Task<IReadOnlyDictionary<string, (int Annexations, int Control)>> FactCountsAsync(CancellationToken token)
    {
        var distinct = (await _session.QueryAsync<string>(DistinctFactsSql, token)).Select(r => r.Split('\n'))
            .Select(r => (Territory: r[0], Kind: r[1], Fact: r[2], Date: PartialDate.Parse(r[3])));
        return distinct.GroupBy(r => r.Territory).ToDictionary(g => g.Key, g => (
            Corroboration.Count(g.Where(r => r.Kind == "annexation").Select(r => (r.Fact, r.Date))),
            Corroboration.Count(g.Where(r => r.Kind == "control").Select(r => (r.Fact, r.Date)))));
    }

    /// <summary>Every territory, kind, fact and date as reported in force now: no source, so the whole store answers in one read.</summary>
    private static readonly string DistinctFactsSql = $$"""
        select distinct d.data ->> 'Territory' || chr(10) || f.kind || chr(10)
          || concat_ws('>', f.e ->> 'By', f.e ->> 'From', f.e ->> 'Controller', f.e ->> 'Extent') || chr(10) || (f.e ->> 'Date')
        from {{Setup.Schema}}.mt_doc_factrecord as d
        cross join lateral (select
          case when jsonb_typeof(d.data -> 'Annexed') = 'object' then 'annexation' else 'control' end as kind,
          coalesce(nullif(d.data -> 'Annexed', 'null'), d.data -> 'Control') as e) as f
        where d.data ->> 'SupersededAt' is null and jsonb_typeof(d.data -> 'Referendum') is distinct from 'object'
        """;

    /// <summary>Every territory's facts in force at the moment, each fact with a sample of <paramref name="sample"/> sources.</summary>
    public async Task<IReadOnlyList<TerritoryFacts>> FactsEverywhereAsync(int sample, CancellationToken token) =>
        (await TalliesAsync(null, sample, token))
        .GroupBy(t => t.Sample[0].Territory)
        .Select(g => FactRecord.Facts(g.Key, g.ToList(), sample)!)
        .OrderBy(f => f.Id, StringComparer.Ordinal)
        .ToList();

    private async Task<IReadOnlyList<FactTally>> TalliesAsync(string? territory, int sample, CancellationToken token)
    {
        var at = _knownAt ?? DateTimeOffset.MaxValue;
        return territory is null
            ? await _session.QueryAsync<FactTally>(TalliesSql("true"), token, at, at, sample)
            : await _session.QueryAsync<FactTally>(TalliesSql("d.data ->> 'Territory' = ?"), token, territory, at, at, sample);
    }
}
