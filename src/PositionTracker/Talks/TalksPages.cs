using System.Text.Json;
using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Talks;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Talks;

/// <summary>Which talks a page covers: held within a window of dates, where a party took part.</summary>
public sealed record TalksFilter(DateOnly? From, DateOnly? To, string? Party);

/// <summary>Part of the talks, in date order, and the day to read on from when more follows.</summary>
public sealed record TalksPage(IReadOnlyList<Meeting> Talks, DateOnly? Next);

/// <summary>
/// Talks in force now, read a page at a time: about <c>limit</c> reports of the days after <c>after</c>, never splitting a
/// day, grouped into meetings as the reports one by one would group. Reports of one meeting agree on its year, so the
/// meetings dated within the page are found among the tallies of the page's parties in the page's years.
/// </summary>
public static class TalksPages
{
    private const string InForce = "d.data ->> 'SupersededAt' is null";

    private static string HeldFrom(string row) => $"{Setup.Schema}.mt_immutable_date({row}.data ->> 'HeldFrom')";

    public static async Task<TalksPage> ReadAsync(IQuerySession session, TalksFilter filter, DateOnly? after, int limit, CancellationToken token)
    {
        var (where, parameters) = Window(filter, after);
        var days = (await session.QueryAsync<string>(
            $"select d.data ->> 'HeldFrom' from {Setup.Schema}.mt_doc_talksrecord as d where {where} order by {HeldFrom("d")} limit {limit + 1}",
            token, parameters)).Select(DateOnly.Parse).ToList();
        if (days.Count == 0) return new TalksPage([], null);

        // Like a timeline page: stop before the day that overflows, unless the first day alone does.
        var last = days.Count <= limit ? days[^1] : days.LastOrDefault(d => d < days[limit], days[0]);
        var tallies = await session.QueryAsync<TalksTally>(TalliesSql(where), token,
            [.. parameters, last, Corroboration.SampleSize]);
        var meetings = Meeting.Of(tallies, Corroboration.SampleSize)
            .Where(m => (after is null || m.Date.Start > after) && m.Date.Start <= last)
            .Where(m => (filter.From is null || m.Date.End >= filter.From) && (filter.To is null || m.Date.Start <= filter.To))
            .ToList();
        return new TalksPage(meetings, days.Count > limit ? last : null);
    }

    /// <summary>
    /// The rows that can belong to a meeting on the page: a report dated wholly before the window's start, or starting after
    /// its end, belongs to a meeting dated the same way, since a meeting is dated by its most precise report.
    /// </summary>
    private static (string Where, object[] Parameters) Window(TalksFilter filter, DateOnly? after)
    {
        var (where, parameters) = (new List<string> { InForce }, new List<object>());
        if (filter.Party is { } party)
        {
            where.Add("d.data -> 'Parties' @> ?::jsonb");
            parameters.Add(JsonSerializer.Serialize(new[] { party }));
        }
        if (after is { } a) { where.Add($"{HeldFrom("d")} > ?"); parameters.Add(a); }
        if (filter.From is { } from) { where.Add($"{Setup.Schema}.mt_immutable_date(d.data ->> 'HeldUntil') >= ?"); parameters.Add(from); }
        if (filter.To is { } to) { where.Add($"{HeldFrom("d")} <= ?"); parameters.Add(to); }
        return (string.Join(" and ", where), parameters.ToArray());
    }

    /// <summary>The page's meetings by parties, place, format and year, then every report of those in those years, counted by date.</summary>
    private static string TalliesSql(string where) => $$"""
        with page as (
          select distinct d.data ->> 'PartiesKey' as parties, coalesce(d.data -> 'Talks' ->> 'Location', '') as location,
            d.data -> 'Talks' ->> 'Format' as format, date_trunc('year', {{HeldFrom("d")}})::date as year
          from {{Setup.Schema}}.mt_doc_talksrecord as d
          where {{where}} and {{HeldFrom("d")}} <= ?
        ), placed as (
          select r.data, p.parties, p.location, p.format, r.data -> 'Talks' ->> 'Date' as date,
            coalesce(r.data -> 'Talks' -> 'Source' ->> 'Outlet', r.data -> 'Talks' -> 'Source' ->> 'Article') as outlet,
            row_number() over (partition by p.parties, p.location, p.format, r.data -> 'Talks' ->> 'Date' order by
              r.data -> 'Talks' -> 'Source' ->> 'Published', r.data -> 'Talks' -> 'Source' ->> 'Outlet' collate "C" nulls first,
              (r.data -> 'Talks' -> 'Source' ->> 'Article')::uuid, r.id) as place
          from page as p
          join {{Setup.Schema}}.mt_doc_talksrecord as r on r.data ->> 'PartiesKey' = p.parties
            and {{HeldFrom("r")}} >= p.year and {{HeldFrom("r")}} < (p.year + interval '1 year')
            and coalesce(r.data -> 'Talks' ->> 'Location', '') = p.location and r.data -> 'Talks' ->> 'Format' = p.format
          where r.data ->> 'SupersededAt' is null
        )
        select jsonb_build_object('Reports', count(*), 'Outlets', jsonb_agg(distinct outlet),
          'Sample', jsonb_agg(data order by place) filter (where place <= ?))
        from placed
        group by parties, location, format, date
        """;
}
