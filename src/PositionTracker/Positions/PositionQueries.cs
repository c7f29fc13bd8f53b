using Marten;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Positions;

/// <summary>Answers the analyst's questions from the read models.</summary>
public sealed class PositionQueries(IDocumentStore store, Gazetteer gazetteer)
{
    public async Task<PositionAnswer> PositionOnAsync(Actor actor, Territory territory, DateOnly on, CancellationToken token,
        DateTimeOffset? knownAt = null)
    {
        await using var session = store.QuerySession();
        var known = Knowledge.Of(session, knownAt);
        var timeline = await known.TimelineAsync(actor.Code, territory.Id, token) ?? StanceTimeline.Empty(actor.Code, territory.Id);
        var facts = await known.FactsAsync(territory.Id, token) ?? TerritoryFacts.Empty(territory.Id);
        var position = Position.Of(timeline, on);
        var annexations = facts.AnnexationsBy(on).ToList();

        var views = await ViewsAsync(session,
            position.Stances.SelectMany(s => s.Evidence).Concat(annexations.SelectMany(a => a.Sources)), token);
        return new PositionAnswer(actor.Code, actor.Name, territory.Id, territory.Name, on, knownAt,
            position.Stances.Select(views.View).ToList(), annexations.Select(views.View).ToList());
    }

    public async Task<TimelineAnswer> TimelineAsync(Actor actor, Territory territory, CancellationToken token, DateTimeOffset? knownAt = null)
    {
        await using var session = store.QuerySession();
        var timeline = await Knowledge.Of(session, knownAt).TimelineAsync(actor.Code, territory.Id, token)
                       ?? StanceTimeline.Empty(actor.Code, territory.Id);
        var views = await ViewsAsync(session, timeline.Entries.SelectMany(e => e.Sources), token);
        return new TimelineAnswer(actor.Code, actor.Name, territory.Id, territory.Name, knownAt,
            timeline.WithSupersession().Select(views.View).ToList());
    }

    public async Task<TerritoryAnswer> TerritoryOnAsync(Territory territory, DateOnly on, CancellationToken token, DateTimeOffset? knownAt = null)
    {
        await using var session = store.QuerySession();
        var known = Knowledge.Of(session, knownAt);
        var facts = await known.FactsAsync(territory.Id, token) ?? TerritoryFacts.Empty(territory.Id);
        var timelines = await known.TimelinesOnAsync(territory.Id, token);
        var positions = timelines
            .Select(t => Position.Of(t, on))
            .Where(p => p.Stances.Count > 0)
            .OrderBy(p => p.Actor, StringComparer.Ordinal)
            .ToList();
        var annexations = facts.AnnexationsBy(on).ToList();
        var referendums = facts.ReferendumsBy(on).ToList();
        var control = facts.ControlOn(on).ToList();

        var views = await ViewsAsync(session,
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
        var positions = (await Knowledge.Of(session, knownAt).TimelinesOfAsync(actor.Code, token))
            .Select(t => Position.Of(t, on))
            .Where(p => p.Stances.Count > 0)
            .OrderBy(p => p.Territory, StringComparer.Ordinal)
            .ToList();
        var views = await ViewsAsync(session, positions.SelectMany(p => p.Stances).SelectMany(s => s.Evidence), token);
        return new ActorAnswer(actor.Code, actor.Name, on, knownAt, positions.Select(p => new TerritoryPosition(p.Territory,
            gazetteer.TerritoryById(p.Territory)?.Name ?? p.Territory, p.Stances.Select(views.View).ToList())).ToList());
    }

    private static async Task<AnswerViews> ViewsAsync(IQuerySession session, IEnumerable<Source> sources, CancellationToken token)
    {
        var ids = AnswerViews.ArticlesIn(sources).ToArray();
        var articles = ids.Length == 0 ? [] : await session.LoadManyAsync<ArticleRecord>(token, ids);
        return new AnswerViews(articles.ToDictionary(a => a.Id));
    }
}

public static class PositionsSetup
{
    public static IServiceCollection AddPositions(this IServiceCollection services) =>
        services.AddSingleton<PositionQueries>();
}
