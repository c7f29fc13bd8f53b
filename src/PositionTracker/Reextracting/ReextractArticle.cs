using JasperFx.Events;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Extraction;
using Wolverine.Marten;

namespace PositionTracker.Reextracting;

public sealed record ReextractArticle(Guid ArticleId);

public enum ReextractionOutcome { Reextracted, AlreadyCurrent, Curated, Unknown }

public sealed record ArticleReextraction(Guid ArticleId, ReextractionOutcome Outcome, string? Superseded, int Events);

public static class ReextractArticleHandler
{
    /// <summary>Decided from the article's history, loaded and appended to by Wolverine's aggregate workflow.</summary>
    public static ArticleReextraction Handle(ReextractArticle command,
        [WriteAggregate(nameof(ReextractArticle.ArticleId), Required = false)] IEventStream<ArticleHistory> stream, Extractor extractor)
    {
        var id = command.ArticleId;
        if (stream.Aggregate is not { Ingested: { } ingested } article) return new ArticleReextraction(id, ReextractionOutcome.Unknown, null, 0);

        var current = article.CurrentSource;
        if (current == Provenance.Gold || current == Extractor.DerivedBy)
            return new ArticleReextraction(id, current == Provenance.Gold ? ReextractionOutcome.Curated : ReextractionOutcome.AlreadyCurrent, null, 0);

        var extracted = extractor.Extract(ingested.Article).Events;
        stream.AppendMany(ArticleEvents.Numbered(id, article.Length + 1, Reextraction.Decide(article, Extractor.DerivedBy, extracted)));
        return new ArticleReextraction(id, ReextractionOutcome.Reextracted, current, extracted.Count);
    }
}
