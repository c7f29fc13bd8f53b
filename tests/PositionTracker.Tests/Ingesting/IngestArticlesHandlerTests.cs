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

    private static ArticleToIngest Seed(string name) => new(
        ArticleFile.Parse(File.ReadAllBytes(Repository.SeedArticle(name)), Today), $"{name}.txt",
        new CuratedAnnotation($"{name}.json", File.ReadAllText(Path.Combine(Repository.Seeds, "gold", $"{name}.json"))));

    private static Submission Derive(ArticleToIngest article) =>
        IngestArticlesHandler.Derive(article, new Extraction.Extractor(Gazetteer.Default), Gazetteer.Default, Today);

    private static readonly ArticleToIngest First = Seed("000_c46b780812df3201");

    [Fact]
    public void A_new_article_starts_its_stream_with_the_article_then_its_events()
    {
        var derived = Derive(First);
        var (ingested, streams) = IngestArticlesHandler.Decide([First], new HashSet<Guid>(), _ => derived);

        var result = Assert.Single(ingested.Articles);
        Assert.Equal((First.Article.Id, true, 10, Provenance.Gold), (result.ArticleId, result.Added, result.Events, result.DerivedBy));
        var start = Assert.Single(streams);
        Assert.Equal(First.Article.Id, start.Article);
        var events = start.Events.Cast<IEvent>().ToList();
        var article = Assert.IsType<ArticleIngested>(events[0].Data);
        Assert.Equal(("Press TV", First.Article.ContentHash), (article.Outlet, article.ContentHash));
        Assert.Equal(derived.Events, events.Skip(1).Select(e => e.Data));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => Article.EventId(First.Article.Id, n)), events.Select(e => e.Id));
    }

    [Fact]
    public void A_known_article_appends_nothing_and_is_not_read_again()
    {
        var (ingested, streams) = IngestArticlesHandler.Decide([First], new HashSet<Guid> { First.Article.Id },
            _ => throw new InvalidOperationException("a known article was derived again"));

        Assert.False(Assert.Single(ingested.Articles).Added);
        Assert.Empty(streams);
    }

    [Fact]
    public void In_one_batch_each_new_article_starts_once_and_a_repeat_is_already_known()
    {
        var other = Directory.GetFiles(Path.Combine(Repository.Seeds, "gold"), "*.json").Select(Path.GetFileNameWithoutExtension)
            .First(n => n != "000_c46b780812df3201")!;
        var second = Seed(other);

        var (ingested, streams) = IngestArticlesHandler.Decide([First, second, First], new HashSet<Guid>(), Derive);

        Assert.Equal([true, true, false], ingested.Articles.Select(a => a.Added));
        Assert.Equal([First.Article.Id, second.Article.Id], streams.Select(s => s.Article));
    }

    [Fact]
    public void Without_a_curated_annotation_the_extractor_reads_the_article()
    {
        var plain = First with { Gold = null };

        var (ingested, _) = IngestArticlesHandler.Decide([plain], new HashSet<Guid>(), Derive);

        Assert.Equal(Extraction.Extractor.DerivedBy, Assert.Single(ingested.Articles).DerivedBy);
    }

    [Fact]
    public void A_wrong_curated_annotation_rejects_its_article_alone_saying_which_file_to_fix()
    {
        var broken = First with { Gold = new CuratedAnnotation("seeds/gold/broken.json", "[{\"type\": \"StatementMade\"") };
        var other = Directory.GetFiles(Path.Combine(Repository.Seeds, "gold"), "*.json").Select(Path.GetFileNameWithoutExtension)
            .First(n => n != "000_c46b780812df3201")!;

        var (ingested, streams) = IngestArticlesHandler.Decide([broken, Seed(other)], new HashSet<Guid>(), Derive);

        Assert.StartsWith("its gold annotation seeds/gold/broken.json: ", ingested.Articles[0].Rejection);
        Assert.Equal([false, true], ingested.Articles.Select(a => a.Added));
        Assert.Single(streams);
    }
}
