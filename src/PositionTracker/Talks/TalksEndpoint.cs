using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Talks;
using PositionTracker.Web;
using Wolverine.Http;

namespace PositionTracker.Talks;

public sealed record TalksAnswer(DateOnly? From, DateOnly? To, string? Party, IReadOnlyList<Meeting> Talks);

public static class TalksEndpoint
{
    /// <summary>Meetings and calls, by date of the talks, between from and to, where party took part.</summary>
    [WolverineGet("/api/talks")]
    public static async Task<IResult> Get(string? from, string? to, string? party, IQuerySession session, Gazetteer gazetteer, CancellationToken token)
    {
        var (first, last, who) = (Arguments.Day(from, "from"), Arguments.Day(to, "to"), Arguments.OptionalActor(gazetteer, party));
        if (Problems.Of(first, last, who) is { } bad) return bad;
        var (start, end, code) = (first.Value, last.Value, who.Value);

        var logs = code is null
            ? await session.Query<TalksLog>().ToListAsync(token)
            : await session.Query<TalksLog>().Where(t => t.Parties.Contains(code)).ToListAsync(token);
        var meetings = logs.SelectMany(l => l.Meetings)
            .Where(m => (start is null || m.Date.End >= start) && (end is null || m.Date.Start <= end))
            .OrderBy(m => m.Date).ThenBy(m => string.Join('+', m.Parties), StringComparer.Ordinal)
            .ToList();
        return Results.Ok(new TalksAnswer(start, end, code, meetings));
    }
}
