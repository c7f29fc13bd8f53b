using PositionTracker.Domain.Catalog;
using PositionTracker.Web;
using Wolverine.Http;

namespace PositionTracker.Positions;

public static class StanceEndpoints
{
    /// <summary>An actor's position on a territory on a date (valid time), as the tracker knew it at knownAt (recording time).</summary>
    [WolverineGet("/api/stances/{actor}/{territory}")]
    public static async Task<IResult> Position(string actor, string territory, string? on, string? knownAt,
        PositionQueries queries, Gazetteer gazetteer, DateTimeOffset now, CancellationToken token)
    {
        var (a, badActor) = Problems.Actor(gazetteer, actor);
        var (t, badTerritory) = Problems.Territory(gazetteer, territory);
        var (day, badDay) = Problems.On(on, now);
        var (at, badAt) = Problems.KnownAt(knownAt);
        return badActor ?? badTerritory ?? badDay ?? badAt
               ?? Results.Ok(await queries.PositionOnAsync(a!, t!, day, token, at));
    }

    /// <summary>
    /// The stances the actor has stated on the territory, as the tracker knew it at knownAt: statement days after
    /// <paramref name="after"/>, about <paramref name="limit"/> reports a page; <c>next</c> is the <c>after</c> of the next page.
    /// </summary>
    [WolverineGet("/api/stances/{actor}/{territory}/timeline")]
    public static async Task<IResult> Timeline(string actor, string territory, string? knownAt, string? after, string? limit,
        PositionQueries queries, Gazetteer gazetteer, CancellationToken token)
    {
        var (a, badActor) = Problems.Actor(gazetteer, actor);
        var (t, badTerritory) = Problems.Territory(gazetteer, territory);
        var (at, badAt) = Problems.KnownAt(knownAt);
        var (from, badAfter) = Problems.Day(after, "after");
        var (size, badLimit) = Problems.Limit(limit, PositionQueries.TimelinePageSize, PositionQueries.TimelinePageMax);
        return badActor ?? badTerritory ?? badAt ?? badAfter ?? badLimit
               ?? Results.Ok(await queries.TimelineAsync(a!, t!, token, at, from, size));
    }

    /// <summary>Every territory the actor has stated a position on, as it stood on the date.</summary>
    [WolverineGet("/api/actors/{actor}")]
    public static async Task<IResult> Actor(string actor, string? on, string? knownAt,
        PositionQueries queries, Gazetteer gazetteer, DateTimeOffset now, CancellationToken token)
    {
        var (a, badActor) = Problems.Actor(gazetteer, actor);
        var (day, badDay) = Problems.On(on, now);
        var (at, badAt) = Problems.KnownAt(knownAt);
        return badActor ?? badDay ?? badAt ?? Results.Ok(await queries.ActorOnAsync(a!, day, token, at));
    }
}
