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
        var known = Knowledge.Of(session, null);
        var facts = id is null
            ? await known.FactsEverywhereAsync(TerritoryFacts.SampleSize, token)
            : await known.FactsAsync(id, token) is { } one ? [one] : [];
        var timelines = (await known.TimelinesOnAsync(id, token)).ToLookup(t => t.Territory);
        var found = facts.Select(f => f.Id).Union(timelines.Select(t => t.Key)).Order(StringComparer.Ordinal)
            .SelectMany(t => Domain.Territories.Discrepancies.In(facts.FirstOrDefault(f => f.Id == t) ?? TerritoryFacts.Empty(t), timelines[t]))
            .ToList();
        return Results.Ok(new DiscrepanciesAnswer(id, found));
    }
}
