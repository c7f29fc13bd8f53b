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
}
