using Marten;
using PositionTracker.Domain.Articles;
using Wolverine;

namespace PositionTracker.Reextracting;

/// <summary>Runs the current extractor over every stored article whose events an older extractor derived.</summary>
public sealed class Reextractor(IDocumentStore store, IServiceProvider services)
{
    public async Task<IReadOnlyList<ArticleReextraction>> RunAsync(Action<int, int, ArticleReextraction>? progress, CancellationToken token)
    {
        IReadOnlyList<Guid> articles;
        await using (var session = store.QuerySession())
            articles = await session.Events.QueryRawEventDataOnly<ArticleIngested>().Select(e => e.ArticleId).ToListAsync(token);

        var results = new List<ArticleReextraction>(articles.Count);
        foreach (var (article, index) in articles.Order().Select((a, i) => (a, i)))
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeAsync<ArticleReextraction>(new ReextractArticle(article), token);
            results.Add(result);
            progress?.Invoke(index + 1, articles.Count, result);
        }
        return results;
    }
}
