using Marten;
using PositionTracker.Core;

namespace PositionTracker.Positions;

/// <summary>
/// Who has spoken on what, read from the statement rows by skipping through an index, one probe per value found: the
/// cost grows with the number of actors and territories, not with the statements behind them. Every row counts, whatever
/// became of its statement, so the actors at any earlier moment are among those of now.
/// </summary>
public sealed partial class Knowledge
{
    /// <summary>Every actor ever recorded stating a stance on the territory, whatever became of the statement.</summary>
    public async Task<IReadOnlyList<string>> ActorsOnAsync(string territory, CancellationToken token) =>
        (await _sql.QueryAsync<string>(ActorsOnSql, token, territory, territory)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every territory the actor was ever recorded stating a stance on.</summary>
    public async Task<IReadOnlyList<string>> TerritoriesOfAsync(string actor, CancellationToken token) =>
        (await _sql.QueryAsync<string>(TerritoriesOfSql, token, actor, actor)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every territory with a statement or a fact ever recorded, and the actors ever recorded stating a stance on it.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActorsByTerritoryAsync(CancellationToken token)
    {
        var pairs = await _sql.QueryAsync<string>(PairsSql, token);
        var withFacts = await _sql.QueryAsync<string>(FactTerritoriesSql, token);
        return pairs.Select(p => p.Split('\n')).Select(p => (Territory: p[0], Actor: p[1]))
            .Concat(withFacts.Select(t => (Territory: t, Actor: "")))
            .GroupBy(p => p.Territory, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<string> (g) => g.Select(p => p.Actor).Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    private static readonly string ActorsOnSql = DistinctValues("mt_doc_statementrecord", "Actor", among: "Territory");

    private static readonly string TerritoriesOfSql = DistinctValues("mt_doc_statementrecord", "Territory", among: "Actor");

    private static readonly string FactTerritoriesSql = DistinctValues("mt_doc_factrecord", "Territory");

    /// <summary>
    /// Each distinct value of a field, by a loose index scan: one probe for the next value after the last, so the cost
    /// grows with the values found, not the rows behind them. With <paramref name="among"/>, only rows whose field of that
    /// name equals the query's parameter, given twice (once per probe).
    /// </summary>
    private static string DistinctValues(string table, string field, string? among = null)
    {
        var first = among is null ? "" : $"where d.data ->> '{among}' = ? ";
        var next = among is null ? "" : $"d.data ->> '{among}' = ? and ";
        return $$"""
            with recursive found(value) as (
              (select d.data ->> '{{field}}' from {{Setup.Schema}}.{{table}} as d
               {{first}}order by d.data ->> '{{field}}' limit 1)
              union all
              select (select d.data ->> '{{field}}' from {{Setup.Schema}}.{{table}} as d
                      where {{next}}d.data ->> '{{field}}' > f.value order by d.data ->> '{{field}}' limit 1)
              from found as f where f.value is not null)
            select value from found where value is not null
            """;
    }

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
}
