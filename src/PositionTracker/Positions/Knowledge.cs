using System.Text.Json;
using System.Linq.Expressions;
using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Stances;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Positions;

/// <summary>Part of a timeline, in statement order, and the day to read on from when more follows.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, DateOnly? Next);

/// <summary>
/// What the tracker knows, now or as it stood at an earlier moment (recording time). Statements are read as
/// records in force at that moment, by index, a day at a time: a position rests on the latest statement day of
/// each dimension, so no answer reads an actor's whole history.
/// </summary>
public sealed class Knowledge
{
    /// <summary>How many reports of one day and dimension a first read takes; a busier day is then read in full.</summary>
    private const int DayReports = 32;

    private static readonly Dimension[] Dimensions = Enum.GetValues<Dimension>();
    /// <summary>The dimensions as the records spell them in JSON ("claim", not Claim).</summary>
    private static readonly string[] DimensionNames = Dimensions.Select(d => JsonSerializer.Serialize(d).Trim('"')).ToArray();

    /// <summary>
    /// For every actor and territory pair and every dimension, the newest reports on or before a day that were in force
    /// at a moment: one statement, each lateral read walking the (actor, territory, dimension, stated day) index
    /// backwards from the day. The expressions are Marten's own for those members, so that the index serves them.
    /// </summary>
    private static readonly string LatestDaysSql = $$"""
        select r.data from unnest(?::text[], ?::text[]) as p(actor, territory)
        cross join unnest(?::text[]) as dm(dimension)
        cross join lateral (
          select d.data from {{Setup.Schema}}.mt_doc_statementrecord as d
          where d.data ->> 'Actor' = p.actor and d.data ->> 'Territory' = p.territory and d.data ->> 'Dimension' = dm.dimension
            and {{Setup.Schema}}.mt_immutable_date(d.data ->> 'StatedFrom') <= ?
            and (d.data ->> 'RecordedAt')::timestamptz <= ?
            and (d.data ->> 'SupersededAt' is null or (d.data ->> 'SupersededAt')::timestamptz > ?)
          order by {{Setup.Schema}}.mt_immutable_date(d.data ->> 'StatedFrom') desc
          limit {{DayReports}}) as r
        """;

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

    // The distinct values below are read by skipping through an index, one probe per value found: their cost grows with
    // the number of actors and territories, not with the statements behind them.

    private static readonly string ActorsOnSql = $$"""
        with recursive actors(actor) as (
          (select d.data ->> 'Actor' from {{Setup.Schema}}.mt_doc_statementrecord as d
           where d.data ->> 'Territory' = ? order by d.data ->> 'Actor' limit 1)
          union all
          select (select d.data ->> 'Actor' from {{Setup.Schema}}.mt_doc_statementrecord as d
                  where d.data ->> 'Territory' = ? and d.data ->> 'Actor' > a.actor order by d.data ->> 'Actor' limit 1)
          from actors as a where a.actor is not null)
        select actor from actors where actor is not null
        """;

    private static readonly string TerritoriesOfSql = $$"""
        with recursive territories(territory) as (
          (select d.data ->> 'Territory' from {{Setup.Schema}}.mt_doc_statementrecord as d
           where d.data ->> 'Actor' = ? order by d.data ->> 'Territory' limit 1)
          union all
          select (select d.data ->> 'Territory' from {{Setup.Schema}}.mt_doc_statementrecord as d
                  where d.data ->> 'Actor' = ? and d.data ->> 'Territory' > t.territory order by d.data ->> 'Territory' limit 1)
          from territories as t where t.territory is not null)
        select territory from territories where territory is not null
        """;

    private static readonly string PairsSql = $$"""
        with recursive pairs(territory, actor) as (
          (select d.data ->> 'Territory', d.data ->> 'Actor' from {{Setup.Schema}}.mt_doc_statementrecord as d
           order by d.data ->> 'Territory', d.data ->> 'Actor' limit 1)
          union all
          select n.territory, n.actor from pairs as p
          cross join lateral (select d.data ->> 'Territory' as territory, d.data ->> 'Actor' as actor
            from {{Setup.Schema}}.mt_doc_statementrecord as d
            where (d.data ->> 'Territory', d.data ->> 'Actor') > (p.territory, p.actor)
            order by d.data ->> 'Territory', d.data ->> 'Actor' limit 1) as n)
        select territory || chr(10) || actor from pairs
        """;

    private static readonly string FactTerritoriesSql = $$"""
        with recursive territories(territory) as (
          (select d.data ->> 'Territory' from {{Setup.Schema}}.mt_doc_factrecord as d order by d.data ->> 'Territory' limit 1)
          union all
          select (select d.data ->> 'Territory' from {{Setup.Schema}}.mt_doc_factrecord as d
                  where d.data ->> 'Territory' > t.territory order by d.data ->> 'Territory' limit 1)
          from territories as t where t.territory is not null)
        select territory from territories where territory is not null
        """;

    private readonly IQuerySession _session;
    private readonly DateTimeOffset? _knownAt;
    private readonly Expression<Func<StatementRecord, bool>> _inForce;

    private Knowledge(IQuerySession session, DateTimeOffset? knownAt)
    {
        _session = session;
        _knownAt = knownAt;
        _inForce = knownAt is { } at
            ? r => r.RecordedAt <= at && (r.SupersededAt == null || r.SupersededAt > at)
            : r => r.SupersededAt == null;
    }

    public static Knowledge Of(IQuerySession session, DateTimeOffset? knownAt) => new(session, knownAt?.ToUniversalTime());

    public async Task<Position> PositionAsync(string actor, string territory, DateOnly on, CancellationToken token) =>
        (await PositionsAsync([(actor, territory)], on, token))[0];

    /// <summary>Positions on a date for many actor and territory pairs, in one statement unless a day is unusually busy.</summary>
    public async Task<IReadOnlyList<Position>> PositionsAsync(IReadOnlyList<(string Actor, string Territory)> pairs, DateOnly on,
        CancellationToken token)
    {
        if (pairs.Count == 0) return [];
        var read = await _session.QueryAsync<StatementRecord>(LatestDaysSql, token,
            pairs.Select(p => p.Actor).ToArray(), pairs.Select(p => p.Territory).ToArray(), DimensionNames, on,
            _knownAt ?? DateTimeOffset.MaxValue, _knownAt ?? DateTimeOffset.MaxValue);
        var byPair = read.ToLookup(r => (r.Actor, r.Territory));

        var positions = new List<Position>(pairs.Count);
        foreach (var (actor, territory) in pairs)
        {
            var records = new List<StatementRecord>();
            // SQL keeps no order across the lateral reads without being told; each dimension's reports, newest first.
            foreach (var dimension in byPair[(actor, territory)].GroupBy(r => r.Dimension))
                records.AddRange(await WholeFirstDayAsync(dimension.OrderByDescending(r => r.StatedFrom).ToList(), token));
            positions.Add(Position.Of(StatementRecord.Timeline(actor, territory, records), on));
        }
        return positions;
    }

    /// <summary>
    /// A page of the timeline: statement days after <paramref name="after"/>, about <paramref name="limit"/> reports,
    /// never splitting a day. Each entry says what superseded it, looking past the page when it must.
    /// </summary>
    public async Task<TimelinePage> TimelineAsync(string actor, string territory, DateOnly? after, int limit, CancellationToken token)
    {
        var ofPair = Records().Where(r => r.Actor == actor && r.Territory == territory);
        if (after is { } from) ofPair = ofPair.Where(r => r.StatedFrom > from);
        var read = await ofPair.OrderBy(r => r.StatedFrom).Take(limit + 1).ToListAsync(token);
        if (read.Count == 0) return new TimelinePage([], null);

        var page = read.Count <= limit ? read.ToList() : read.Where(r => r.StatedFrom < read[limit].StatedFrom).ToList();
        if (page.Count == 0) page = (await DayAsync(actor, territory, null, read[0].StatedFrom, token)).ToList();
        var last = page[^1].StatedFrom;
        var next = read.Count > limit ? last : (DateOnly?)null;

        var batch = _session.CreateBatchQuery();
        var later = Dimensions.Select(d => batch.Query<StatementRecord>().Where(_inForce)
            .Where(r => r.Actor == actor && r.Territory == territory && r.Dimension == d && r.StatedFrom > last)
            .OrderBy(r => r.StatedFrom).Take(DayReports).ToList()).ToList();
        await batch.Execute(token);
        var lookahead = new List<StatementRecord>();
        foreach (var l in later) lookahead.AddRange(await WholeFirstDayAsync(await l, token));

        var entries = StatementRecord.Timeline(actor, territory, page.Concat(lookahead)).WithSupersession()
            .Where(e => e.Statement.Date.Start <= last).ToList();
        return new TimelinePage(entries, next);
    }

    /// <summary>Every statement in force on one territory, for checks across a whole timeline such as contradictions.</summary>
    public async Task<IReadOnlyList<StanceTimeline>> TimelinesOnAsync(string? territory, CancellationToken token)
    {
        var records = territory is null ? Records() : Records().Where(r => r.Territory == territory);
        return StatementRecord.Timelines(await records.ToListAsync(token)).ToList();
    }

    /// <summary>The territory's annexations, referendums and control, from the fact rows in force at the moment; null when it has none.</summary>
    public async Task<TerritoryFacts?> FactsAsync(string territory, CancellationToken token) =>
        FactRecord.Facts(territory, await TalliesAsync(territory, TerritoryFacts.SampleSize, token), TerritoryFacts.SampleSize);

    /// <summary>Every territory's facts in force at the moment, each fact with a sample of <paramref name="sample"/> sources.</summary>
    public async Task<IReadOnlyList<TerritoryFacts>> FactsEverywhereAsync(int sample, CancellationToken token) =>
        (await TalliesAsync(null, sample, token))
        .GroupBy(t => t.Sample[0].Territory)
        .Select(g => FactRecord.Facts(g.Key, g.ToList(), sample)!)
        .OrderBy(f => f.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every actor ever recorded stating a stance on the territory, whatever became of the statement.</summary>
    public async Task<IReadOnlyList<string>> ActorsOnAsync(string territory, CancellationToken token) =>
        (await _session.QueryAsync<string>(ActorsOnSql, token, territory, territory)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every territory the actor was ever recorded stating a stance on.</summary>
    public async Task<IReadOnlyList<string>> TerritoriesOfAsync(string actor, CancellationToken token) =>
        (await _session.QueryAsync<string>(TerritoriesOfSql, token, actor, actor)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every territory with a statement or a fact ever recorded, and the actors ever recorded stating a stance on it.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActorsByTerritoryAsync(CancellationToken token)
    {
        var pairs = await _session.QueryAsync<string>(PairsSql, token);
        var withFacts = await _session.QueryAsync<string>(FactTerritoriesSql, token);
        return pairs.Select(p => p.Split('\n')).Select(p => (Territory: p[0], Actor: p[1]))
            .Concat(withFacts.Select(t => (Territory: t, Actor: "")))
            .GroupBy(p => p.Territory, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<string> (g) => g.Select(p => p.Actor).Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    private async Task<IReadOnlyList<FactTally>> TalliesAsync(string? territory, int sample, CancellationToken token)
    {
        var at = _knownAt ?? DateTimeOffset.MaxValue;
        return territory is null
            ? await _session.QueryAsync<FactTally>(TalliesSql("true"), token, at, at, sample)
            : await _session.QueryAsync<FactTally>(TalliesSql("d.data ->> 'Territory' = ?"), token, territory, at, at, sample);
    }

    private IQueryable<StatementRecord> Records() => _session.Query<StatementRecord>().Where(_inForce);

    /// <summary>The reports of the first day among these (sorted by day), all of them even when the read stopped short.</summary>
    private async Task<IReadOnlyList<StatementRecord>> WholeFirstDayAsync(IReadOnlyList<StatementRecord> read, CancellationToken token)
    {
        if (read.Count == 0) return read;
        var day = read[0].StatedFrom;
        var first = read.Where(r => r.StatedFrom == day).ToList();
        return first.Count < DayReports ? first : await DayAsync(first[0].Actor, first[0].Territory, first[0].Dimension, day, token);
    }

    private async Task<IReadOnlyList<StatementRecord>> DayAsync(string actor, string territory, Dimension? dimension, DateOnly day,
        CancellationToken token)
    {
        var ofDay = Records().Where(r => r.Actor == actor && r.Territory == territory && r.StatedFrom == day);
        if (dimension is { } d) ofDay = ofDay.Where(r => r.Dimension == d);
        return await ofDay.ToListAsync(token);
    }
}

