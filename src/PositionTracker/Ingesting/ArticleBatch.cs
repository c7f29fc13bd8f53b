using System.Text;
using Marten.Exceptions;
using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;
using Wolverine;

namespace PositionTracker.Ingesting;

/// <summary>
/// Ingests a batch of files one by one: a bad file is rejected with its reason and the rest go on.
/// </summary>
public sealed class ArticleBatch(IServiceProvider services, Gazetteer gazetteer, Extractor extractor, TimeProvider clock)
{
    /// <param name="stop">Checked between files: the file in hand is always finished, so nothing is left half done.</param>
    /// <param name="ignoreGold">Extract every article, even one with a curated annotation beside it: what the tracker would know without the annotators.</param>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, Action<IngestProgress>? progress, CancellationToken stop, bool ignoreGold = false)
    {
        var (files, missing) = ArticleFiles.Find(paths);
        var added = new List<AddedArticle>();
        var skipped = new List<SkippedArticle>();
        var rejected = new List<RejectedFile>(missing);

        var i = 0;
        for (; i < files.Count && !stop.IsCancellationRequested; i++)
        {
            var file = files[i];
            string outcome;
            try
            {
                var submission = await PrepareAsync(file, ignoreGold, CancellationToken.None);
                var result = await InvokeAsync(submission, CancellationToken.None);
                if (result.Added)
                {
                    added.Add(new AddedArticle(file, result.ArticleId, submission.Article.Outlet,
                        submission.Article.Published, result.Events, submission.DerivedBy));
                    outcome = $"added, {result.Events} events from {submission.DerivedBy}"
                              + (submission.Warnings.Count > 0 ? $" ({string.Join("; ", submission.Warnings)})" : "");
                }
                else
                {
                    skipped.Add(new SkippedArticle(file, result.ArticleId, "already ingested"));
                    outcome = "skipped, already ingested";
                }
            }
            catch (Exception e) when (e is ArticleRejected or AnnotationRejected or IOException or UnauthorizedAccessException)
            {
                rejected.Add(new RejectedFile(file, e.Message));
                outcome = "rejected: " + e.Message;
            }
            progress?.Invoke(new IngestProgress(i + 1, files.Count, file, outcome));
        }
        return new IngestReport(added, skipped, rejected, NotRead: files.Count - i);
    }

    /// <summary>One article that arrived on its own (over HTTP): its events come from the extractor.</summary>
    public async Task<(Submission Submission, ArticleIngestion Result)> IngestAsync(Article article, string sourceName, CancellationToken token)
    {
        var submission = Extracted(article, sourceName);
        return (submission, await InvokeAsync(submission, token));
    }

    private Submission Extracted(Article article, string sourceName)
    {
        var extraction = extractor.Extract(article);
        return new Submission(article, sourceName, extraction.Events, Extractor.DerivedBy, extraction.Warnings);
    }

    private async Task<Submission> PrepareAsync(string file, bool ignoreGold, CancellationToken token)
    {
        var article = ArticleFile.Parse(await ArticleFiles.ReadAsync(file, token), Today);
        var gold = ignoreGold ? null : ArticleFiles.GoldFor(file);
        if (gold is null) return Extracted(article, Path.GetFileName(file));
        try
        {
            var json = Encoding.UTF8.GetString(await ArticleFiles.ReadAsync(gold, token));
            return Submission.FromGold(article, Path.GetFileName(file), json, gazetteer, Today);
        }
        catch (Exception e) when (e is AnnotationRejected or ArticleRejected)
        {
            throw new AnnotationRejected($"its gold annotation {gold}: {e.Message}");
        }
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<ArticleIngestion> InvokeAsync(Submission submission, CancellationToken token)
    {
        // The message bus is scoped: one scope, one Marten session, one transaction per article.
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        try
        {
            return await bus.InvokeAsync<ArticleIngestion>(new IngestArticle(submission), token);
        }
        catch (ExistingStreamIdCollisionException)
        {
            // Another ingestion of the same article committed first, between our look and our write.
            return new ArticleIngestion(submission.Article.Id, Added: false, Events: 0);
        }
    }
}

public static class IngestingSetup
{
    public static IServiceCollection AddIngesting(this IServiceCollection services) =>
        services.AddSingleton<ArticleBatch>();
}
