using JasperFx.Events;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Ingesting;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Ingesting;

/// <summary>The handler's decision alone: no database, no host.</summary>
public class IngestArticlesHandlerTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Submission Seed(string name) => Submission.FromGold(
        ArticleFile.Parse(File.ReadAllBytes(Repository.SeedArticle(name)), Today), $"{name}.txt",
        File.ReadAllText(Path.Combine(Repository.Seeds, "gold", $"{name}.json")), Gazetteer.Default, Today);

    private static readonly Submission First = Seed("000_c46b780812df3201");

    [Fact]
    public void A_new_article_starts_its_stream_with_the_article_then_its_events()
    {
        var (ingested, streams) = IngestArticlesHandler.Decide([First], new HashSet<Guid>());

        Assert.Equal([new ArticleIngestion(First.Article.Id, Added: true, Events: 10)], ingested.Articles);
        var start = Assert.Single(streams);
        Assert.Equal(First.Article.Id, start.Article);
        var events = start.Events.Cast<IEvent>().ToList();
        var article = Assert.IsType<ArticleIngested>(events[0].Data);
        Assert.Equal(("Press TV", First.Article.ContentHash), (article.Outlet, article.ContentHash));
        Assert.Equal(First.Events, events.Skip(1).Select(e => e.Data));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => Article.EventId(First.Article.Id, n)), events.Select(e => e.Id));
    }

    [Fact]
    public void A_known_article_appends_nothing()
    {
        var (ingested, streams) = IngestArticlesHandler.Decide([First], new HashSet<Guid> { First.Article.Id });

        Assert.False(Assert.Single(ingested.Articles).Added);
        Assert.Empty(streams);
    }

    [Fact]
    public void In_one_batch_each_new_article_starts_once_and_a_repeat_is_already_known()
    {
        var other = Directory.GetFiles(Path.Combine(Repository.Seeds, "gold"), "*.json").Select(Path.GetFileNameWithoutExtension)
            .First(n => n != "000_c46b780812df3201")!;
        var second = Seed(other);

        var (ingested, streams) = IngestArticlesHandler.Decide([First, second, First], new HashSet<Guid>());

        Assert.Equal([true, true, false], ingested.Articles.Select(a => a.Added));
        Assert.Equal([First.Article.Id, second.Article.Id], streams.Select(s => s.Article));
    }
}
