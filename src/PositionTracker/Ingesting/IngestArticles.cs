using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Ingesting;

/// <summary>Articles to add, one or many: many commit together, so a folder costs one transaction per chunk, not per file.</summary>
public sealed record IngestArticles(IReadOnlyList<Submission> Submissions);

public sealed record ArticleIngestion(Guid ArticleId, bool Added, int Events);

public sealed record ArticlesIngested(IReadOnlyList<ArticleIngestion> Articles);

/// <summary>A stream to start: an article, then the events derived from it, numbered from one.</summary>
public sealed record NewArticleStream(Guid Article, object[] Events);

public static class IngestArticlesHandler
{
    /// <summary>Which of the articles are already known: an article's record is written with its stream, so it says so.</summary>
    public static async Task<IReadOnlySet<Guid>> LoadAsync(IngestArticles command, IDocumentSession session, CancellationToken token)
    {
        var ids = command.Submissions.Select(s => s.Article.Id).Distinct().ToArray();
        return (await session.Query<ArticleRecord>().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(token)).ToHashSet();
    }

    public static ArticlesIngested Handle(IngestArticles command, IReadOnlySet<Guid> known, IDocumentSession session)
    {
        var (ingested, streams) = Decide(command.Submissions, known);
        foreach (var stream in streams) session.Events.StartStream<ArticleRecord>(stream.Article, stream.Events);
        return ingested;
    }

    /// <summary>Each article not known yet, and not repeated earlier in the same batch, starts its stream.</summary>
    public static (ArticlesIngested Ingested, IReadOnlyList<NewArticleStream> Streams) Decide(IReadOnlyList<Submission> submissions,
        IReadOnlySet<Guid> known)
    {
        var taken = new HashSet<Guid>(known);
        var results = new List<ArticleIngestion>();
        var streams = new List<NewArticleStream>();
        foreach (var submission in submissions)
        {
            var id = submission.Article.Id;
            if (!taken.Add(id))
            {
                results.Add(new ArticleIngestion(id, Added: false, Events: 0));
                continue;
            }
            streams.Add(new NewArticleStream(id, ArticleEvents.Numbered(id, 1, [submission.Ingested, .. submission.Events])));
            results.Add(new ArticleIngestion(id, Added: true, submission.Events.Count));
        }
        return (new ArticlesIngested(results), streams);
    }
}
