using JasperFx.Events;
using Marten;
using Marten.Events;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Territories;
using PositionTracker.Territories;

namespace PositionTracker.Positions;

/// <summary>What the tracker knows: now (the read models), or as it stood at an earlier moment.</summary>
public interface IKnowledge
{
    Task<StanceTimeline?> TimelineAsync(string actor, string territory, CancellationToken token);
    Task<TerritoryFacts?> FactsAsync(string territory, CancellationToken token);
    Task<IReadOnlyList<StanceTimeline>> TimelinesOnAsync(string territory, CancellationToken token);
    Task<IReadOnlyList<StanceTimeline>> TimelinesOfAsync(string actor, CancellationToken token);
}

public static class Knowledge
{
    public static IKnowledge Of(IQuerySession session, DateTimeOffset? knownAt) =>
        knownAt is { } at ? new KnowledgeAt(session, at.ToUniversalTime()) : new CurrentKnowledge(session);
}

/// <summary>The read models as they stand.</summary>
public sealed class CurrentKnowledge(IQuerySession session) : IKnowledge
{
    public Task<StanceTimeline?> TimelineAsync(string actor, string territory, CancellationToken token) =>
        session.LoadAsync<StanceTimeline>(StanceTimeline.KeyOf(actor, territory), token);

    public Task<TerritoryFacts?> FactsAsync(string territory, CancellationToken token) => session.LoadAsync<TerritoryFacts>(territory, token);

    public async Task<IReadOnlyList<StanceTimeline>> TimelinesOnAsync(string territory, CancellationToken token) =>
        await session.Query<StanceTimeline>().Where(t => t.Territory == territory).ToListAsync(token);

    public async Task<IReadOnlyList<StanceTimeline>> TimelinesOfAsync(string actor, CancellationToken token) =>
        await session.Query<StanceTimeline>().Where(t => t.Actor == actor).ToListAsync(token);
}

/// <summary>
/// The read models as they stood at a moment: every event the tracker had recorded by then (Marten's event
/// timestamps), folded by the projections' own folds. Costs one read of those events per question.
/// </summary>
public sealed class KnowledgeAt(IQuerySession session, DateTimeOffset knownAt) : IKnowledge
{
    private (Dictionary<string, StanceTimeline> Timelines, Dictionary<string, TerritoryFacts> Facts)? _folded;

    public async Task<StanceTimeline?> TimelineAsync(string actor, string territory, CancellationToken token) =>
        (await FoldedAsync(token)).Timelines.GetValueOrDefault(StanceTimeline.KeyOf(actor, territory));

    public async Task<TerritoryFacts?> FactsAsync(string territory, CancellationToken token) =>
        (await FoldedAsync(token)).Facts.GetValueOrDefault(territory);

    public async Task<IReadOnlyList<StanceTimeline>> TimelinesOnAsync(string territory, CancellationToken token) =>
        (await FoldedAsync(token)).Timelines.Values.Where(t => t.Territory == territory).ToList();

    public async Task<IReadOnlyList<StanceTimeline>> TimelinesOfAsync(string actor, CancellationToken token) =>
        (await FoldedAsync(token)).Timelines.Values.Where(t => t.Actor == actor).ToList();

    private async Task<(Dictionary<string, StanceTimeline> Timelines, Dictionary<string, TerritoryFacts> Facts)> FoldedAsync(CancellationToken token)
    {
        if (_folded is { } done) return done;
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= knownAt)
            .Where(e => e.EventTypesAre(typeof(StatementMade), typeof(ArticleReextracted), typeof(StatementCorrected),
                typeof(TerritoryAnnexed), typeof(ReferendumHeld), typeof(ControlReported)))
            .OrderBy(e => e.Sequence)
            .ToListAsync(token);

        var timelines = new Dictionary<string, StanceTimeline>(StringComparer.Ordinal);
        var facts = new Dictionary<string, TerritoryFacts>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var key in StanceTimelineProjection.KeysOf(e.Data))
                Store(timelines, key, StanceTimelineProjection.Fold(timelines.GetValueOrDefault(key), key, e));
            foreach (var territory in TerritoryFactsProjection.TerritoriesOf(e.Data))
                Store(facts, territory, TerritoryFactsProjection.Fold(facts.GetValueOrDefault(territory), territory, e));
        }
        _folded = (timelines, facts);
        return (timelines, facts);
    }

    private static void Store<T>(Dictionary<string, T> models, string key, T? model) where T : class
    {
        if (model is null) models.Remove(key);
        else models[key] = model;
    }
}
