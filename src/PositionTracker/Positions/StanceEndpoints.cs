using PositionTracker.Core;
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
        var (a, t) = (Arguments.Actor(gazetteer, actor), Arguments.Territory(gazetteer, territory));
        var (day, at) = (Arguments.On(on, "on", now), Arguments.Moment(knownAt, "knownAt"));
        return Problems.Of(a, t, day, at) ?? Results.Ok(await queries.PositionOnAsync(a.Value, t.Value, day.Value, token, at.Value));
    }

    /// <summary>
    /// The stances the actor has stated on the territory, as the tracker knew it at knownAt: statement days after
    /// <paramref name="after"/>, about <paramref name="limit"/> reports a page; <c>next</c> is the <c>after</c> of the next page.
    /// </summary>
    [WolverineGet("/api/stances/{actor}/{territory}/timeline")]
    public static async Task<IResult> Timeline(string actor, string territory, string? knownAt, string? after, string? limit,
        PositionQueries queries, Gazetteer gazetteer, CancellationToken token)
    {
        var (a, t) = (Arguments.Actor(gazetteer, actor), Arguments.Territory(gazetteer, territory));
        var (at, from) = (Arguments.Moment(knownAt, "knownAt"), Arguments.Day(after, "after"));
        var size = Arguments.Limit(limit, "limit", PositionQueries.TimelinePageSize, PositionQueries.TimelinePageMax);
        return Problems.Of(a, t, at, from, size) ?? Results.Ok(await queries.TimelineAsync(a.Value, t.Value, token, at.Value, from.Value, size.Value));
    }

    /// <summary>Every territory the actor has stated a position on, as it stood on the date.</summary>
    [WolverineGet("/api/actors/{actor}")]
    public static async Task<IResult> Actor(string actor, string? on, string? knownAt,
        PositionQueries queries, Gazetteer gazetteer, DateTimeOffset now, CancellationToken token)
    {
        var (a, day, at) = (Arguments.Actor(gazetteer, actor), Arguments.On(on, "on", now), Arguments.Moment(knownAt, "knownAt"));
        return Problems.Of(a, day, at) ?? Results.Ok(await queries.ActorOnAsync(a.Value, day.Value, token, at.Value));
    }
}
