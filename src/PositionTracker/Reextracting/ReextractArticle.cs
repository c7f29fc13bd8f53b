using Marten;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Extraction;
using Wolverine.Marten;

namespace PositionTracker.Reextracting;

public sealed record ReextractArticle(Guid ArticleId);

public enum ReextractionOutcome { Reextracted, AlreadyCurrent, Curated, Unknown }

public sealed record ArticleReextraction(Guid ArticleId, ReextractionOutcome Outcome, string? Superseded, int Events);

/// <summary>Appends events to an article's stream (at its current length) in the handler's transaction.</summary>
public sealed record AppendToArticle(Guid ArticleId, long Version, IReadOnlyList<object> Events) : IMartenOp
{
    public void Execute(IDocumentSession session) =>
        session.Events.Append(ArticleId, Version + Events.Count, ArticleEvents.Numbered(ArticleId, Version + 1, Events));
}

public static class ReextractArticleHandler
{
    public static async Task<IReadOnlyList<object>> LoadAsync(ReextractArticle command, IDocumentSession session, CancellationToken token)
    {
        var stream = await session.Events.FetchStreamAsync(command.ArticleId, token: token);
        return stream.Select(e => e.Data).ToList();
    }

    public static (ArticleReextraction, IMartenOp) Handle(ReextractArticle command, IReadOnlyList<object> stream, Extractor extractor)
    {
        var id = command.ArticleId;
        if (stream.OfType<ArticleIngested>().FirstOrDefault() is not { } ingested)
            return (new ArticleReextraction(id, ReextractionOutcome.Unknown, null, 0), MartenOps.Nothing());

        var current = Reextraction.CurrentSource(stream);
        if (current == Provenance.Gold || current == Extractor.DerivedBy)
            return (new ArticleReextraction(id, current == Provenance.Gold ? ReextractionOutcome.Curated : ReextractionOutcome.AlreadyCurrent, null, 0),
                MartenOps.Nothing());

        var extracted = extractor.Extract(ingested.Article).Events;
        var events = Reextraction.Decide(id, stream, Extractor.DerivedBy, extracted);
        return (new ArticleReextraction(id, ReextractionOutcome.Reextracted, current, extracted.Count),
            new AppendToArticle(id, stream.Count, events));
    }
}
