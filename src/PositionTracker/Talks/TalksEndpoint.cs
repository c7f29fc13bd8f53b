using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Talks;
using PositionTracker.Positions;
using PositionTracker.Web;
using Wolverine.Http;

namespace PositionTracker.Talks;

/// <param name="Next">The <c>after</c> of the next page; null on the last.</param>
public sealed record TalksAnswer(DateOnly? From, DateOnly? To, string? Party, IReadOnlyList<Meeting> Talks, DateOnly? Next = null);

public static class TalksEndpoint
{
    /// <summary>
    /// Meetings and calls, by date of the talks, between from and to, where party took part: the days after
    /// <paramref name="after"/>, about <paramref name="limit"/> reports a page; <c>next</c> is the <c>after</c> of the next page.
    /// </summary>
    [WolverineGet("/api/talks")]
    public static async Task<IResult> Get(string? from, string? to, string? party, string? after, string? limit,
        IQuerySession session, Gazetteer gazetteer, CancellationToken token)
    {
        var (first, last, who) = (Arguments.Day(from, "from"), Arguments.Day(to, "to"), Arguments.OptionalActor(gazetteer, party));
        var (since, size) = (Arguments.Day(after, "after"), Arguments.Limit(limit, "limit", PositionQueries.TimelinePageSize, PositionQueries.TimelinePageMax));
        if (Problems.Of(first, last, who, since, size) is { } bad) return bad;

        var filter = new TalksFilter(first.Value, last.Value, who.Value);
        var page = await TalksPages.ReadAsync(session, filter, since.Value, size.Value, token);
        return Results.Ok(new TalksAnswer(filter.From, filter.To, filter.Party, page.Talks, page.Next));
    }
}
