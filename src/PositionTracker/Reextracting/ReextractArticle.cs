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
    /// <summary>
    /// Decided from the article's history, which Wolverine's aggregate workflow loads and appends the events to. Articles
    /// left alone are outcomes, not refusals: a run over every article counts them.
    /// </summary>
    public static (ArticleReextraction, Events) Handle(ReextractArticle command,
        [WriteAggregate(nameof(ReextractArticle.ArticleId), Required = false)] ArticleHistory? article, Extractor extractor)
    {
        var id = command.ArticleId;
        if (article is not { Ingested: { } ingested }) return (new ArticleReextraction(id, ReextractionOutcome.Unknown, null, 0), []);

        // Asked before extracting, which is the expensive part of a run.
        var current = article.CurrentSource;
        if (current == Provenance.Gold || current == extractor.RunBy)
            return (new ArticleReextraction(id, current == Provenance.Gold ? ReextractionOutcome.Curated : ReextractionOutcome.AlreadyCurrent, null, 0), []);

        var extracted = extractor.Extract(ingested.Article).Events;
        var events = ArticleEvents.Numbered(id, article.Length + 1, Reextraction.Decide(article, extractor.RunBy, extracted));
        return (new ArticleReextraction(id, ReextractionOutcome.Reextracted, current, extracted.Count), new Events(events));
    }
}
