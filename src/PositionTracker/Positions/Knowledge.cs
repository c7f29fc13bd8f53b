using System.Text.Json;
using System.Linq.Expressions;
using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Positions;

/// <summary>Part of a timeline, in statement order, and the day to read on from when more follows.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, DateOnly? Next);

/// <summary>
/// What the tracker knows, now or as it stood at an earlier moment (recording time). Statements are read as
/// records in force at that moment, by index, a day at a time: a position rests on the latest statement day of
/// each dimension, so no answer reads an actor's whole history.
/// </summary>
public sealed partial class Knowledge
{
    /// <summary>How many reports of one day and dimension a first read takes; a busier day is then read in full.</summary>
    private const int DayReports = 32;

    private static readonly Dimension[] Dimensions = Enum.GetValues<Dimension>();
    /// <summary>The dimensions as the records spell them in JSON ("claim", not Claim).</summary>
    private static readonly string[] DimensionNames = Dimensions.Select(d => JsonSerializer.Serialize(d).Trim('"')).ToArray();

    /// <summary>
    /// For every actor and territory pair and every dimension, the reports of the latest statement day on or before a day
    /// that were in force at a moment, in one statement: the first lateral read walks the (actor, territory, dimension,
    /// stated day) index backwards to that day, the second reads that day's reports alone, however many there are. The
    /// expressions are Marten's own for those members, so that the index serves them. "offset 0" keeps the second read a
    /// probe per day: without it the planner, which cannot estimate these expressions, joins every report of the pair.
    /// </summary>
    private static readonly string LatestDaysSql = $$"""
        select r.data from unnest(?::text[], ?::text[]) as p(actor, territory)
        cross join unnest(?::text[]) as dm(dimension)
        cross join lateral (
          select {{StatedFrom}} as day from {{Setup.Schema}}.mt_doc_statementrecord as d
          where {{OfPairAndDimension}} and {{StatedFrom}} <= ? and {{InForce}}
          order by {{StatedFrom}} desc
          limit 1) as latest
        cross join lateral (
          select d.data from {{Setup.Schema}}.mt_doc_statementrecord as d
          where {{OfPairAndDimension}} and {{StatedFrom}} = latest.day and {{InForce}}
          offset 0) as r
        """;

    private const string StatedFrom = $"{Setup.Schema}.mt_immutable_date(d.data ->> 'StatedFrom')";

    private const string OfPairAndDimension =
        "d.data ->> 'Actor' = p.actor and d.data ->> 'Territory' = p.territory and d.data ->> 'Dimension' = dm.dimension";

    /// <summary>In force at the moment given twice as parameters: recorded by then, not yet superseded.</summary>
    private const string InForce =
        "(d.data ->> 'RecordedAt')::timestamptz <= ? and (d.data ->> 'SupersededAt' is null or (d.data ->> 'SupersededAt')::timestamptz > ?)";

    private readonly IReadModelSql _sql;
    private readonly IQuerySession? _session;
    private readonly DateTimeOffset? _knownAt;
    private readonly Expression<Func<StatementRecord, bool>> _inForce;

    private Knowledge(IReadModelSql sql, IQuerySession? session, DateTimeOffset? knownAt)
    {
        _sql = sql;
        _session = session;
        _knownAt = knownAt;
        _inForce = knownAt is { } at
            ? r => r.RecordedAt <= at && (r.SupersededAt == null || r.SupersededAt > at)
            : r => r.SupersededAt == null;
    }

    public static Knowledge Of(IQuerySession session, DateTimeOffset? knownAt) => new(new SessionSql(session), session, knownAt?.ToUniversalTime());

    /// <summary>What the read models' SQL alone answers: positions, facts, who spoke on what; not a timeline, read through Marten's LINQ.</summary>
    public static Knowledge Of(IReadModelSql sql, DateTimeOffset? knownAt) => new(sql, null, knownAt?.ToUniversalTime());

    private IQuerySession Session => _session ?? throw new InvalidOperationException("a timeline is read through Marten: open Knowledge on a query session");

    public async Task<Position> PositionAsync(string actor, string territory, DateOnly on, CancellationToken token) =>
        (await PositionsAsync([(actor, territory)], on, token))[0];

    /// <summary>Positions on a date for many actor and territory pairs, in one statement.</summary>
    public async Task<IReadOnlyList<Position>> PositionsAsync(IReadOnlyList<(string Actor, string Territory)> pairs, DateOnly on,
        CancellationToken token)
    {
        if (pairs.Count == 0) return [];
        var at = _knownAt ?? DateTimeOffset.MaxValue;
        var read = await _sql.QueryAsync<StatementRecord>(LatestDaysSql, token,
            pairs.Select(p => p.Actor).ToArray(), pairs.Select(p => p.Territory).ToArray(), DimensionNames, on, at, at, at, at);
        var byPair = read.ToLookup(r => (r.Actor, r.Territory));
        return pairs.Select(p => Position.Of(StatementRecord.Timeline(p.Actor, p.Territory, byPair[p]), on)).ToList();
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

        var batch = Session.CreateBatchQuery();
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

    private IQueryable<StatementRecord> Records() => Session.Query<StatementRecord>().Where(_inForce);

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

