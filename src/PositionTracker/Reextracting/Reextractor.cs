using Marten;
using PositionTracker.Domain.Articles;
using Wolverine;

namespace PositionTracker.Reextracting;

/// <summary>Runs the current extractor over every stored article whose events an older extractor derived.</summary>
public sealed class Reextractor(IDocumentStore store, IServiceProvider services)
{
    /// <param name="stop">Checked between articles: the one in hand is always finished, and a re-run picks up the rest.</param>
    public async Task<IReadOnlyList<ArticleReextraction>> RunAsync(Action<int, int, ArticleReextraction>? progress, CancellationToken stop)
    {
        IReadOnlyList<Guid> articles;
        await using (var session = store.QuerySession())
            articles = await session.Events.QueryRawEventDataOnly<ArticleIngested>().Select(e => e.ArticleId).ToListAsync(CancellationToken.None);

        var results = new List<ArticleReextraction>(articles.Count);
        foreach (var (article, index) in articles.Order().Select((a, i) => (a, i)))
        {
            if (stop.IsCancellationRequested) break;
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeAsync<ArticleReextraction>(new ReextractArticle(article), CancellationToken.None);
            results.Add(result);
            progress?.Invoke(index + 1, articles.Count, result);
        }
        return results;
    }
}
