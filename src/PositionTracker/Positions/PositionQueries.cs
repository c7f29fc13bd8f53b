using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Positions;

/// <summary>Answers the analyst's questions from the read models.</summary>
public sealed class PositionQueries(IDocumentStore store, Gazetteer gazetteer)
{
    /// <summary>Timeline entries per page when the caller names no limit: a busy pair's history comes in parts.</summary>
    public const int TimelinePageSize = 500;

    public const int TimelinePageMax = 5000;

    /// <summary>The annexations a position's answer names: the territory's answer has them all.</summary>
    public const int AnnexationsShown = 5;

    public async Task<PositionAnswer> PositionOnAsync(Actor actor, Territory territory, DateOnly on, CancellationToken token,
        DateTimeOffset? knownAt = null)
    {
        await using var session = store.QuerySession();
        return await PositionOnAsync(new SessionSql(session), actor, territory, on, token, knownAt);
    }

    /// <summary>The same answer from the read models' SQL on any connection: the stance verb's, without Marten's store.</summary>
    public static async Task<PositionAnswer> PositionOnAsync(IReadModelSql sql, Actor actor, Territory territory, DateOnly on,
        CancellationToken token, DateTimeOffset? knownAt = null)
    {
        var known = Knowledge.Of(sql, knownAt);
        var position = await known.PositionAsync(actor.Code, territory.Id, on, token);
        var (annexations, others) = await known.AnnexationsByAsync(territory.Id, on, AnnexationsShown, token);

        var views = await ViewsAsync(sql,
            position.Stances.SelectMany(s => s.Evidence).Concat(annexations.SelectMany(a => a.Sources)), token);
        return new PositionAnswer(actor.Code, actor.Name, territory.Id, territory.Name, on, knownAt,
            position.Stances.Select(views.View).ToList(), annexations.Select(views.View).ToList(), others);
    }

    /// <summary>The statements after <paramref name="after"/> (from the start when null), a page at a time.</summary>
    public async Task<TimelineAnswer> TimelineAsync(Actor actor, Territory territory, CancellationToken token, DateTimeOffset? knownAt = null,
        DateOnly? after = null, int limit = TimelinePageSize)
    {
        await using var session = store.QuerySession();
        var page = await Knowledge.Of(session, knownAt).TimelineAsync(actor.Code, territory.Id, after, limit, token);
        var views = await ViewsAsync(new SessionSql(session), page.Entries.SelectMany(e => e.Statement.Sources), token);
        return new TimelineAnswer(actor.Code, actor.Name, territory.Id, territory.Name, knownAt,
            page.Entries.Select(views.View).ToList(), page.Next);
    }

    public async Task<TerritoryAnswer> TerritoryOnAsync(Territory territory, DateOnly on, CancellationToken token, DateTimeOffset? knownAt = null)
    {
        await using var session = store.QuerySession();
        return await TerritoryOnAsync(new SessionSql(session), gazetteer, territory, on, token, knownAt);
    }

    /// <summary>The same answer from the read models' SQL on any connection: the territory verb's, without Marten's store.</summary>
    public static async Task<TerritoryAnswer> TerritoryOnAsync(IReadModelSql sql, Gazetteer gazetteer, Territory territory, DateOnly on,
        CancellationToken token, DateTimeOffset? knownAt = null)
    {
        var known = Knowledge.Of(sql, knownAt);
        // Every actor ever recorded on the territory: the list at any earlier moment is part of it.
        var actors = await known.ActorsOnAsync(territory.Id, token);
        var facts = await known.FactsOnAsync(territory.Id, on, token) ?? TerritoryFacts.Empty(territory.Id);
        var positions = (await known.PositionsAsync(actors.Select(a => (a, territory.Id)).ToList(), on, token))
            .Where(p => p.Stances.Count > 0)
            .OrderBy(p => p.Actor, StringComparer.Ordinal)
            .ToList();
        var annexations = facts.AnnexationsBy(on).ToList();
        var referendums = facts.ReferendumsBy(on).ToList();
        var control = facts.ControlOn(on).ToList();

        var views = await ViewsAsync(sql,
            positions.SelectMany(p => p.Stances).SelectMany(s => s.Evidence)
                .Concat(annexations.SelectMany(a => a.Sources))
                .Concat(referendums.SelectMany(r => r.Sources))
                .Concat(control.SelectMany(c => c.Sources)), token);
        return new TerritoryAnswer(territory.Id, territory.Name, on, knownAt,
            annexations.Select(views.View).ToList(),
            referendums.Select(views.View).ToList(),
            control.Select(views.View).ToList(),
            positions.Select(p => new ActorPosition(p.Actor, gazetteer.ActorByCode(p.Actor)?.Name ?? p.Actor,
                p.Stances.Select(views.View).ToList())).ToList());
    }

    /// <summary>Every territory the actor has stated a position on, as it stood on the date.</summary>
    public async Task<ActorAnswer> ActorOnAsync(Actor actor, DateOnly on, CancellationToken token, DateTimeOffset? knownAt = null)
    {
        await using var session = store.QuerySession();
        var sql = new SessionSql(session);
        var known = Knowledge.Of(sql, knownAt);
        var territories = await known.TerritoriesOfAsync(actor.Code, token);
        var positions = (await known.PositionsAsync(territories.Select(t => (actor.Code, t)).ToList(), on, token))
            .Where(p => p.Stances.Count > 0)
            .OrderBy(p => p.Territory, StringComparer.Ordinal)
            .ToList();
        var views = await ViewsAsync(sql, positions.SelectMany(p => p.Stances).SelectMany(s => s.Evidence), token);
        return new ActorAnswer(actor.Code, actor.Name, on, knownAt, positions.Select(p => new TerritoryPosition(p.Territory,
            gazetteer.TerritoryById(p.Territory)?.Name ?? p.Territory, p.Stances.Select(views.View).ToList())).ToList());
    }

    /// <summary>An answer names each article it cites by its title, and needs nothing else of the article's record.</summary>
    private static readonly string TitlesSql =
        $"select jsonb_build_object('Id', d.id, 'Title', d.data -> 'Title') from {Setup.Schema}.mt_doc_articlerecord as d where d.id = any(?)";

    private static async Task<AnswerViews> ViewsAsync(IReadModelSql sql, IEnumerable<Source> sources, CancellationToken token)
    {
        var ids = AnswerViews.ArticlesIn(sources).ToArray();
        var titles = ids.Length == 0 ? [] : await sql.QueryAsync<ArticleTitle>(TitlesSql, token, [ids]);
        return new AnswerViews(titles.ToDictionary(a => a.Id, a => a.Title));
    }
}

public static class PositionsSetup
{
    public static IServiceCollection AddPositions(this IServiceCollection services) =>
        services.AddSingleton<PositionQueries>();
}

/// <summary>What an answer shows of an article it cites.</summary>
public sealed record ArticleTitle(Guid Id, string? Title);
