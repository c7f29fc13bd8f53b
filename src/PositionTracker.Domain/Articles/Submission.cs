using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Domain.Articles;

/// <summary>An article ready to ingest, with the events derived from it and what derived them.</summary>
public sealed record Submission(Article Article, string SourceFile, IReadOnlyList<IDerivedEvent> Events, string? DerivedBy)
{
    /// <summary>
    /// Checks an article file and, when it has one, its curated annotation. Throws <see cref="ArticleRejected"/>
    /// or <see cref="AnnotationRejected"/> with what is wrong; a bad annotation rejects the article too, so that
    /// fixing the annotation and ingesting again is all it takes.
    /// </summary>
    public static Submission Prepare(string sourceFile, ReadOnlySpan<byte> articleBytes, string? goldJson, Gazetteer gazetteer)
    {
        var article = ArticleFile.Parse(articleBytes);
        if (goldJson is null) return new Submission(article, sourceFile, [], null);
        var provenance = new Provenance(article.Id, article.Outlet, article.Published, Provenance.Gold);
        return new Submission(article, sourceFile, AnnotationFile.Parse(goldJson, provenance, gazetteer), Provenance.Gold);
    }

    public ArticleIngested Ingested => new(Article.Id, Article.Outlet, Article.Title, Article.Published, Article.Url,
        Article.ContentHash, Article.Body, Article.Metadata, SourceFile);
}
