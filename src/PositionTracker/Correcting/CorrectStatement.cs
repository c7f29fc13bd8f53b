using JasperFx.Events;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Corrections;
using Wolverine.Marten;

namespace PositionTracker.Correcting;

/// <summary>An analyst's correction of one statement of one article.</summary>
public sealed record CorrectStatement(Guid ArticleId, Guid Statement, CorrectionRequest Request);

/// <summary>The outcome: the correction made, or why none was.</summary>
public sealed record StatementCorrection(Guid Statement, Guid? Article, StatementCorrected? Correction, Refusal? Refused, string? Problem);

public static class CorrectStatementHandler
{
    /// <summary>Decided from the article's history, loaded and appended to by Wolverine's aggregate workflow.</summary>
    public static StatementCorrection Handle(CorrectStatement command,
        [WriteAggregate(nameof(CorrectStatement.ArticleId), Required = false)] IEventStream<ArticleHistory> stream, Gazetteer gazetteer)
    {
        if (stream.Aggregate is not { } article)
            return new StatementCorrection(command.Statement, null, null, Refusal.NotFound, $"no statement with event id {command.Statement}");
        var decision = Correction.Decide(command.Statement, article, command.Request, gazetteer);
        if (decision.Correction is not { } correction)
            return new StatementCorrection(command.Statement, null, null, decision.Refused, decision.Problem);
        stream.AppendMany(ArticleEvents.Numbered(article.Id, article.Length + 1, [correction]));
        return new StatementCorrection(command.Statement, article.Id, correction, null, null);
    }
}
