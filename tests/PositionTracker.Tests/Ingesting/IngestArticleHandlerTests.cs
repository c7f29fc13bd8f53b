using JasperFx.Events;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Ingesting;
using PositionTracker.Tests.Support;
using Wolverine.Marten;

namespace PositionTracker.Tests.Ingesting;

/// <summary>The handler's decision alone: no database, no host.</summary>
public class IngestArticleHandlerTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly Submission Seed = Submission.FromGold(
        ArticleFile.Parse(File.ReadAllBytes(Repository.SeedArticle("000_c46b780812df3201")), Today), "000.txt",
        File.ReadAllText(Path.Combine(Repository.Seeds, "gold", "000_c46b780812df3201.json")), Gazetteer.Default, Today);

    [Fact]
    public void A_new_article_starts_its_stream_with_the_article_then_its_events()
    {
        var (result, operation) = IngestArticleHandler.Handle(new IngestArticle(Seed), existing: null);

        Assert.Equal(new ArticleIngestion(Seed.Article.Id, Added: true, Events: 10), result);
        var start = Assert.IsAssignableFrom<IStartStream>(operation);
        Assert.Equal(Seed.Article.Id, start.StreamId);
        var events = start.Events.Cast<IEvent>().ToList();
        var ingested = Assert.IsType<ArticleIngested>(events[0].Data);
        Assert.Equal(("Press TV", Seed.Article.ContentHash), (ingested.Outlet, ingested.ContentHash));
        Assert.Equal(Seed.Events, events.Skip(1).Select(e => e.Data));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => Article.EventId(Seed.Article.Id, n)), events.Select(e => e.Id));
    }

    [Fact]
    public void A_known_article_appends_nothing()
    {
        var existing = new StreamState(Seed.Article.Id, 11, typeof(ArticleRecord), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var (result, operation) = IngestArticleHandler.Handle(new IngestArticle(Seed), existing);

        Assert.False(result.Added);
        Assert.IsNotAssignableFrom<IStartStream>(operation);
    }
}
