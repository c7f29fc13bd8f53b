using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;
using PositionTracker.Positions;
using PositionTracker.Domain.Territories;
using PositionTracker.Web;
using Wolverine.Http;

namespace PositionTracker.Discrepancies;

public sealed record DiscrepanciesAnswer(string? Territory, IReadOnlyList<Discrepancy> Discrepancies);

public static class DiscrepanciesEndpoint
{
    /// <summary>Facts on which the sources disagree, each with the sources on either side.</summary>
    [WolverineGet("/api/discrepancies")]
    public static async Task<IResult> Get(string? territory, IQuerySession session, Gazetteer gazetteer, CancellationToken token)
    {
        var named = Arguments.OptionalTerritory(gazetteer, territory);
        if (Problems.Of(named) is { } unknown) return unknown;
        var id = named.Value;
        var facts = id is null
            ? await session.Query<TerritoryFacts>().ToListAsync(token)
            : await session.Query<TerritoryFacts>().Where(f => f.Id == id).ToListAsync(token);
        var timelines = (await Knowledge.Of(session, null).TimelinesOnAsync(id, token)).ToLookup(t => t.Territory);
        var found = facts.OrderBy(f => f.Id, StringComparer.Ordinal)
            .SelectMany(f => Domain.Territories.Discrepancies.In(f, timelines[f.Id]))
            .ToList();
        return Results.Ok(new DiscrepanciesAnswer(id, found));
    }
}
