using Marten;
using PositionTracker.Domain.Articles;
using PositionTracker.Web;
using Wolverine.Http;

namespace PositionTracker.Articles;

/// <summary>A derived event as stored: its id (for corrections), when it was recorded, and whether it still stands.</summary>
public sealed record RecordedEvent(Guid EventId, DateTimeOffset RecordedAt, string Type, string Summary, bool Current, object Event);

public sealed record ArticleDetails(
    Guid Id,
    string? Outlet,
    string? Title,
    DateOnly Published,
    string? Url,
    string SourceFile,
    string ContentHash,
    string? DerivedBy,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset RecordedAt,
    string Body,
    IReadOnlyList<RecordedEvent> Events,
    IReadOnlyList<RecordedEvent> Corrections,
    IReadOnlyList<string> Superseded);

public static class ArticleEndpoints
{
    /// <summary>The articles the tracker holds, newest publication first.</summary>
    [WolverineGet("/api/articles")]
    public static async Task<IReadOnlyList<ArticleRecord>> List(IQuerySession session, int? limit, CancellationToken token) =>
        await session.Query<ArticleRecord>().OrderByDescending(a => a.Published).ThenBy(a => a.Id).Take(Math.Clamp(limit ?? 50, 1, 500)).ToListAsync(token);

    /// <summary>One article: its metadata and text, every event derived from it (with provenance), and its corrections.</summary>
    [WolverineGet("/api/articles/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken token)
    {
        var stream = await session.Events.FetchStreamAsync(id, token: token);
        if (stream.FirstOrDefault()?.Data is not ArticleIngested ingested)
            return Problems.NotFound($"no article with id {id}", "Unknown article");

        var record = await session.LoadAsync<ArticleRecord>(id, token);
        var current = ArticleHistory.Of(stream.Select(e => e.Data)).CurrentSource;
        var corrected = stream.Select(e => e.Data).OfType<StatementCorrected>().Select(c => c.Statement).ToHashSet();
        var events = stream.Where(e => e.Data is IDerivedEvent)
            .Select(e => new RecordedEvent(e.Id, e.Timestamp, e.Data.GetType().Name, ArticleRecord.Describe((IDerivedEvent)e.Data),
                ((IDerivedEvent)e.Data).Source.DerivedBy == current && !corrected.Contains(e.Id), e.Data))
            .ToList();
        var corrections = stream.Where(e => e.Data is StatementCorrected)
            .Select(e => new RecordedEvent(e.Id, e.Timestamp, nameof(StatementCorrected), Summary((StatementCorrected)e.Data), true, e.Data))
            .ToList();
        return Results.Ok(new ArticleDetails(id, ingested.Outlet, ingested.Title, ingested.Published, ingested.Url, ingested.SourceFile,
            ingested.ContentHash, current, ingested.Metadata, stream[0].Timestamp, ingested.Body, events, corrections, record?.Superseded ?? []));
    }

    private static string Summary(StatementCorrected c) =>
        $"{c.Analyst} {(c.Retracted ? "retracted" : "amended")} {ArticleRecord.Describe(c.Replaced)} ({c.Replaced.Date})" +
        (c.Amended is { } a ? $" to {ArticleRecord.Describe(a)} ({a.Date})" : "") + $": {c.Reason}";
}
