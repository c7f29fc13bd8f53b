using System.Diagnostics;
using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;

namespace PositionTracker.StoreBench;

/// <summary>
/// The append path alone: articles read by the extractor beforehand, then written as ingestion writes them (a new
/// stream per article, its record beside it, numbered events), so that what the events cost shows apart from
/// what reading the articles costs.
/// </summary>
public static class AppendPath
{
    public static async Task<(long Events, double Seconds)> MeasureAsync(IDocumentStore store, IReadOnlyList<Submission> submissions,
        int articlesPerTransaction)
    {
        long events = 0;
        var clock = Stopwatch.StartNew();
        foreach (var chunk in submissions.Chunk(articlesPerTransaction))
        {
            await using var session = store.LightweightSession();
            foreach (var submission in chunk)
            {
                var id = submission.Article.Id;
                object[] stream = [submission.Ingested, .. submission.Events];
                session.Events.StartStream<ArticleRecord>(id, ArticleEvents.Numbered(id, 1, stream));
                events += stream.Length;
            }
            await session.SaveChangesAsync();
        }
        return (events, clock.Elapsed.TotalSeconds);
    }
}
