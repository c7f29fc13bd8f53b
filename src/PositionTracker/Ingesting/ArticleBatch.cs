using System.Text;
using Marten.Exceptions;
using PositionTracker.Domain.Articles;
using Wolverine;

namespace PositionTracker.Ingesting;

/// <summary>
/// Ingests a batch of files: a bad file is rejected with its reason and the rest go on. Articles are read one by
/// one and committed in chunks, one transaction each, and each file's fate is reported once its chunk is in.
/// </summary>
public sealed class ArticleBatch(IServiceProvider services, TimeProvider clock)
{
    /// <summary>Articles per transaction: enough to spread a commit's cost, few enough that progress keeps moving.</summary>
    private const int ChunkSize = 50;

    /// <summary>The longest a read article waits for its chunk to commit, when reading them is slow.</summary>
    private static readonly TimeSpan ChunkTime = TimeSpan.FromSeconds(1);

    /// <param name="stop">Checked between files: the articles read so far are committed, so nothing is left half done.</param>
    /// <param name="ignoreGold">Extract every article, even one with a curated annotation beside it: what the tracker would know without the annotators.</param>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, Action<IngestProgress>? progress, CancellationToken stop, bool ignoreGold = false)
    {
        var (files, missing) = ArticleFiles.Find(paths);
        var added = new List<AddedArticle>();
        var skipped = new List<SkippedArticle>();
        var rejected = new List<RejectedFile>(missing);
        var chunk = new List<(string File, ArticleToIngest? Article, string? Rejection)>();
        var chunkStarted = clock.GetTimestamp();
        var reported = 0;

        async Task CommitAsync()
        {
            var results = await InvokeAsync(chunk.Select(c => c.Article).OfType<ArticleToIngest>().ToList());
            var next = 0;
            foreach (var (file, article, rejection) in chunk)
            {
                string outcome;
                var result = article is null ? null : results[next++];
                if (article is null || result!.Rejection is not null)
                {
                    var reason = rejection ?? result!.Rejection!;
                    rejected.Add(new RejectedFile(file, reason));
                    outcome = "rejected: " + reason;
                }
                else if (result.Added)
                {
                    added.Add(new AddedArticle(file, result.ArticleId, article.Article.Outlet, article.Article.Published, result.Events,
                        result.DerivedBy));
                    outcome = $"added, {result.Events} events from {result.DerivedBy}"
                              + (result.Warnings.Count > 0 ? $" ({string.Join("; ", result.Warnings)})" : "");
                }
                else
                {
                    skipped.Add(new SkippedArticle(file, article.Article.Id, "already ingested"));
                    outcome = "skipped, already ingested";
                }
                progress?.Invoke(new IngestProgress(++reported, files.Count, file, outcome));
            }
            chunk.Clear();
            chunkStarted = clock.GetTimestamp();
        }

        var i = 0;
        for (; i < files.Count && !stop.IsCancellationRequested; i++)
        {
            var file = files[i];
            try
            {
                chunk.Add((file, await ReadAsync(file, ignoreGold, CancellationToken.None), null));
            }
            catch (Exception e) when (e is ArticleRejected or IOException or UnauthorizedAccessException)
            {
                chunk.Add((file, null, e.Message));
            }
            if (chunk.Count >= ChunkSize || clock.GetElapsedTime(chunkStarted) >= ChunkTime) await CommitAsync();
        }
        if (chunk.Count > 0) await CommitAsync();
        return new IngestReport(added, skipped, rejected, NotRead: files.Count - i);
    }

    /// <summary>One article that arrived on its own (over HTTP): its events come from the extractor.</summary>
    public async Task<ArticleIngestion> IngestAsync(Article article, string sourceName, CancellationToken token) =>
        (await InvokeAsync([new ArticleToIngest(article, sourceName)], token))[0];

    /// <summary>The article, and its curated annotation's text when it has one; the handler decides what to derive from them.</summary>
    private async Task<ArticleToIngest> ReadAsync(string file, bool ignoreGold, CancellationToken token)
    {
        var article = ArticleFile.Parse(await ArticleFiles.ReadAsync(file, token), Today);
        var gold = ignoreGold ? null : ArticleFiles.GoldFor(file);
        return new ArticleToIngest(article, Path.GetFileName(file),
            gold is null ? null : new CuratedAnnotation(gold, Encoding.UTF8.GetString(await ArticleFiles.ReadAsync(gold, token))));
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Commits the articles in one transaction; when another ingestion of one of them committed first, between this
    /// one's look and its write, the chunk is committed again article by article, and that one is already known.
    /// </summary>
    private async Task<IReadOnlyList<ArticleIngestion>> InvokeAsync(IReadOnlyList<ArticleToIngest> articles, CancellationToken token = default)
    {
        if (articles.Count == 0) return [];
        try
        {
            return await SendAsync(articles, token);
        }
        catch (ExistingStreamIdCollisionException) when (articles.Count > 1)
        {
            var results = new List<ArticleIngestion>();
            foreach (var article in articles) results.AddRange(await InvokeAsync([article], token));
            return results;
        }
        catch (ExistingStreamIdCollisionException)
        {
            return [new ArticleIngestion(articles[0].Article.Id, Added: false, Events: 0)];
        }
    }

    private async Task<IReadOnlyList<ArticleIngestion>> SendAsync(IReadOnlyList<ArticleToIngest> articles, CancellationToken token)
    {
        // The message bus is scoped: one scope, one Marten session, one transaction per call.
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        return (await bus.InvokeAsync<ArticlesIngested>(new IngestArticles(articles), token)).Articles;
    }
}

public static class IngestingSetup
{
    public static IServiceCollection AddIngesting(this IServiceCollection services) =>
        services.AddSingleton<ArticleBatch>();
}
