using Marten;
using PositionTracker.Core;
using JasperFx.Events;
using PositionTracker.Domain.Articles;
using Wolverine.Marten;

namespace PositionTracker.Ingesting;

public sealed record IngestArticle(Submission Submission);

public sealed record ArticleIngestion(Guid ArticleId, bool Added, int Events);

public static class IngestArticleHandler
{
    public static Task<StreamState?> LoadAsync(IngestArticle command, IDocumentSession session, CancellationToken token) =>
        session.Events.FetchStreamStateAsync(command.Submission.Article.Id, token);

    public static (ArticleIngestion, IMartenOp) Handle(IngestArticle command, StreamState? existing)
    {
        var submission = command.Submission;
        var id = submission.Article.Id;
        if (existing is not null) return (new ArticleIngestion(id, Added: false, Events: 0), MartenOps.Nothing());

        object[] events = [submission.Ingested, .. submission.Events];
        return (new ArticleIngestion(id, Added: true, submission.Events.Count),
            MartenOps.StartStream<ArticleRecord>(id, ArticleEvents.Numbered(id, 1, events)));
    }
}
