using System.Text;
using Marten.Exceptions;
using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;
using Wolverine;

namespace PositionTracker.Ingesting;

/// <summary>
/// Ingests a batch of files: a bad file is rejected with its reason and the rest go on. Articles are read one by
/// one and committed in chunks, one transaction each, and each file's fate is reported once its chunk is in.
/// </summary>
public sealed class ArticleBatch(IServiceProvider services, Gazetteer gazetteer, Extractor extractor, TimeProvider clock)
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
        var chunk = new List<(string File, Submission? Submission, string? Rejection)>();
        var chunkStarted = clock.GetTimestamp();
        var reported = 0;

        async Task CommitAsync()
        {
            var results = await InvokeAsync(chunk.Select(c => c.Submission).OfType<Submission>().ToList());
            var next = 0;
            foreach (var (file, submission, rejection) in chunk)
            {
                string outcome;
                if (submission is null)
                {
                    rejected.Add(new RejectedFile(file, rejection!));
                    outcome = "rejected: " + rejection;
                }
                else if (results[next++] is { Added: true } result)
                {
                    added.Add(new AddedArticle(file, result.ArticleId, submission.Article.Outlet, submission.Article.Published, result.Events,
                        submission.DerivedBy));
                    outcome = $"added, {result.Events} events from {submission.DerivedBy}"
                              + (submission.Warnings.Count > 0 ? $" ({string.Join("; ", submission.Warnings)})" : "");
                }
                else
                {
                    skipped.Add(new SkippedArticle(file, submission.Article.Id, "already ingested"));
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
                chunk.Add((file, await PrepareAsync(file, ignoreGold, CancellationToken.None), null));
            }
            catch (Exception e) when (e is ArticleRejected or AnnotationRejected or IOException or UnauthorizedAccessException)
            {
                chunk.Add((file, null, e.Message));
            }
            if (chunk.Count >= ChunkSize || clock.GetElapsedTime(chunkStarted) >= ChunkTime) await CommitAsync();
        }
        if (chunk.Count > 0) await CommitAsync();
        return new IngestReport(added, skipped, rejected, NotRead: files.Count - i);
    }

    /// <summary>One article that arrived on its own (over HTTP): its events come from the extractor.</summary>
    public async Task<(Submission Submission, ArticleIngestion Result)> IngestAsync(Article article, string sourceName, CancellationToken token)
    {
        var submission = Extracted(article, sourceName);
        return (submission, (await InvokeAsync([submission], token))[0]);
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

    /// <summary>
    /// Commits the articles in one transaction; when another ingestion of one of them committed first, between this
    /// one's look and its write, the chunk is committed again article by article, and that one is already known.
    /// </summary>
    private async Task<IReadOnlyList<ArticleIngestion>> InvokeAsync(IReadOnlyList<Submission> submissions, CancellationToken token = default)
    {
        if (submissions.Count == 0) return [];
        try
        {
            return await SendAsync(submissions, token);
        }
        catch (ExistingStreamIdCollisionException) when (submissions.Count > 1)
        {
            var results = new List<ArticleIngestion>();
            foreach (var submission in submissions) results.AddRange(await InvokeAsync([submission], token));
            return results;
        }
        catch (ExistingStreamIdCollisionException)
        {
            return [new ArticleIngestion(submissions[0].Article.Id, Added: false, Events: 0)];
        }
    }

    private async Task<IReadOnlyList<ArticleIngestion>> SendAsync(IReadOnlyList<Submission> submissions, CancellationToken token)
    {
        // The message bus is scoped: one scope, one Marten session, one transaction per call.
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        return (await bus.InvokeAsync<ArticlesIngested>(new IngestArticles(submissions), token)).Articles;
    }
}

public static class IngestingSetup
{
    public static IServiceCollection AddIngesting(this IServiceCollection services) =>
        services.AddSingleton<ArticleBatch>();
}
