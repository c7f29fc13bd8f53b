using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;

namespace PositionTracker.Ingesting;

/// <summary>A curated annotation sent with an article, and where it came from, for a message that says which file to fix.</summary>
public sealed record CuratedAnnotation(string Path, string Json);

/// <summary>An article as it arrived: its events are the curated annotation's when it has one, else the extractor's.</summary>
public sealed record ArticleToIngest(Article Article, string SourceFile, CuratedAnnotation? Gold = null);

/// <summary>Articles to add, one or many: many commit together, so a folder costs one transaction per chunk, not per file.</summary>
public sealed record IngestArticles(IReadOnlyList<ArticleToIngest> Articles);

/// <param name="Rejection">Why the article was not added although new: its curated annotation is wrong.</param>
public sealed record ArticleIngestion(Guid ArticleId, bool Added, int Events, string? DerivedBy = null, string? Rejection = null)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed record ArticlesIngested(IReadOnlyList<ArticleIngestion> Articles);

/// <summary>A stream to start: an article, then the events derived from it, numbered from one.</summary>
public sealed record NewArticleStream(Guid Article, object[] Events);

public static class IngestArticlesHandler
{
    /// <summary>Which of the articles are already known: an article's record is written with its stream, so it says so.</summary>
    public static async Task<IReadOnlySet<Guid>> LoadAsync(IngestArticles command, IDocumentSession session, CancellationToken token)
    {
        var ids = command.Articles.Select(a => a.Article.Id).Distinct().ToArray();
        return (await session.Query<ArticleRecord>().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(token)).ToHashSet();
    }

    public static ArticlesIngested Handle(IngestArticles command, IReadOnlySet<Guid> known, Extractor extractor, Gazetteer gazetteer,
        TimeProvider clock, IDocumentSession session)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (ingested, streams) = Decide(command.Articles, known, article => Derive(article, extractor, gazetteer, today));
        foreach (var stream in streams) session.Events.StartStream<ArticleRecord>(stream.Article, stream.Events);
        return ingested;
    }

    /// <summary>
    /// Each article not known yet, and not repeated earlier in the same batch, starts its stream with the events derived
    /// from it. Only those are derived: ingesting a folder again reads no article twice.
    /// </summary>
    public static (ArticlesIngested Ingested, IReadOnlyList<NewArticleStream> Streams) Decide(IReadOnlyList<ArticleToIngest> articles,
        IReadOnlySet<Guid> known, Func<ArticleToIngest, Submission> derive)
    {
        var taken = new HashSet<Guid>(known);
        var results = new List<ArticleIngestion>();
        var streams = new List<NewArticleStream>();
        foreach (var article in articles)
        {
            var id = article.Article.Id;
            if (taken.Contains(id))
            {
                results.Add(new ArticleIngestion(id, Added: false, Events: 0));
                continue;
            }
            Submission submission;
            try
            {
                submission = derive(article);
            }
            catch (Exception e) when (e is AnnotationRejected or ArticleRejected)
            {
                results.Add(new ArticleIngestion(id, Added: false, Events: 0, Rejection: $"its gold annotation {article.Gold?.Path}: {e.Message}"));
                continue;
            }
            taken.Add(id);
            streams.Add(new NewArticleStream(id, ArticleEvents.Numbered(id, 1, [submission.Ingested, .. submission.Events])));
            results.Add(new ArticleIngestion(id, Added: true, submission.Events.Count, submission.DerivedBy) { Warnings = submission.Warnings });
        }
        return (new ArticlesIngested(results), streams);
    }

    /// <summary>The article's events: its curated annotation, or what the extractor reads in it.</summary>
    public static Submission Derive(ArticleToIngest article, Extractor extractor, Gazetteer gazetteer, DateOnly today)
    {
        if (article.Gold is { } gold) return Submission.FromGold(article.Article, article.SourceFile, gold.Json, gazetteer, today);
        var extraction = extractor.Extract(article.Article);
        return new Submission(article.Article, article.SourceFile, extraction.Events, extractor.RunBy, extraction.Warnings);
    }
}
