using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Domain.Articles;

/// <summary>An article ready to ingest, with the events derived from it, what derived them, and any warning on the way.</summary>
public sealed record Submission(Article Article, string SourceFile, IReadOnlyList<IDerivedEvent> Events, string DerivedBy, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// An article with its curated annotation. Throws <see cref="AnnotationRejected"/> saying what is wrong;
    /// a bad annotation rejects the article too, so that fixing the annotation and ingesting again is all it takes.
    /// </summary>
    public static Submission FromGold(Article article, string sourceFile, string goldJson, Gazetteer gazetteer, DateOnly today)
    {
        var provenance = new Provenance(article.Id, article.Outlet, article.Published, Provenance.Gold);
        return new Submission(article, sourceFile, AnnotationFile.Parse(goldJson, provenance, gazetteer, today), Provenance.Gold, []);
    }

    public override string ToString() => $"{Article} from {SourceFile}, {Events.Count} events by {DerivedBy}";

    public ArticleIngested Ingested => new(Article.Id, Article.Outlet, Article.Title, Article.Published, Article.Url,
        Article.ContentHash, Article.Body, Article.Metadata, SourceFile, DerivedBy);
}
