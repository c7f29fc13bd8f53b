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
/// The read models as they stood at a moment: the statement and fact records in force then (recorded by then, not
/// yet set aside), read for one actor or one territory and folded by the read models' own folds.
/// </summary>
public sealed class KnowledgeAt(IQuerySession session, DateTimeOffset knownAt) : IKnowledge
{
    public async Task<StanceTimeline?> TimelineAsync(string actor, string territory, CancellationToken token) =>
        StatementRecord.Timelines(await InForce().Where(r => r.Actor == actor && r.Territory == territory).ToListAsync(token)).SingleOrDefault();

    public async Task<IReadOnlyList<StanceTimeline>> TimelinesOnAsync(string territory, CancellationToken token) =>
        StatementRecord.Timelines(await InForce().Where(r => r.Territory == territory).ToListAsync(token)).ToList();

    public async Task<IReadOnlyList<StanceTimeline>> TimelinesOfAsync(string actor, CancellationToken token) =>
        StatementRecord.Timelines(await InForce().Where(r => r.Actor == actor).ToListAsync(token)).ToList();

    private IQueryable<StatementRecord> InForce() =>
        session.Query<StatementRecord>().Where(r => r.RecordedAt <= knownAt && (r.SupersededAt == null || r.SupersededAt > knownAt));

    public async Task<TerritoryFacts?> FactsAsync(string territory, CancellationToken token) =>
        FactRecord.Facts(territory, await session.Query<FactRecord>()
            .Where(r => r.Territory == territory && r.RecordedAt <= knownAt && (r.SupersededAt == null || r.SupersededAt > knownAt))
            .ToListAsync(token));
}
