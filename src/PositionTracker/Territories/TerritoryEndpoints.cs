using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Territories;
using PositionTracker.Positions;
using PositionTracker.Web;
using Wolverine.Http;

namespace PositionTracker.Territories;

public sealed record TerritorySummary(string Territory, string TerritoryName, IReadOnlyList<string> Actors, int Annexations, int ControlReports);

public static class TerritoryEndpoints
{
    /// <summary>The territories the tracker holds anything on, with the actors that have stated positions.</summary>
    [WolverineGet("/api/territories")]
    public static async Task<IReadOnlyList<TerritorySummary>> List(IQuerySession session, Gazetteer gazetteer, CancellationToken token)
    {
        var known = Knowledge.Of(session, null);
        var actors = await known.ActorsByTerritoryAsync(token);
        var counts = await known.FactCountsAsync(token);
        return actors
            .Select(t => (Id: t.Key, Actors: t.Value, Counts: counts.GetValueOrDefault(t.Key)))
            .Select(t => new TerritorySummary(t.Id, gazetteer.TerritoryById(t.Id)?.Name ?? t.Id,
                t.Actors, t.Counts.Annexations, t.Counts.Control))
            .OrderBy(t => t.TerritoryName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A territory on a date: annexations, referendums, control, and every actor's position.</summary>
    [WolverineGet("/api/territories/{territory}")]
    public static async Task<IResult> Get(string territory, string? on, string? knownAt,
        PositionQueries queries, Gazetteer gazetteer, DateTimeOffset now, CancellationToken token)
    {
        var (t, day, at) = (Arguments.Territory(gazetteer, territory), Arguments.On(on, "on", now), Arguments.Moment(knownAt, "knownAt"));
        return Problems.Of(t, day, at) ?? Results.Ok(await queries.TerritoryOnAsync(t.Value, day.Value, token, at.Value));
    }
}
