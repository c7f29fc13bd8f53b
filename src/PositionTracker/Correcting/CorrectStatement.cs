using Marten;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Corrections;
using PositionTracker.Reextracting;
using Wolverine.Marten;

namespace PositionTracker.Correcting;

public sealed record CorrectStatement(Guid Statement, CorrectionRequest Request);

/// <summary>The outcome: the correction made, or why none was.</summary>
public sealed record StatementCorrection(Guid Statement, Guid? Article, StatementCorrected? Correction, Refusal? Refused, string? Problem);

public static class CorrectStatementHandler
{
    public static async Task<IReadOnlyList<StoredEvent>> LoadAsync(CorrectStatement command, IDocumentSession session, CancellationToken token)
    {
        var statement = await session.Events.LoadAsync(command.Statement, token);
        if (statement is null) return [];
        var stream = await session.Events.FetchStreamAsync(statement.StreamId, token: token);
        return stream.Select(e => new StoredEvent(e.Id, e.Data)).ToList();
    }

    public static (StatementCorrection, IMartenOp) Handle(CorrectStatement command, IReadOnlyList<StoredEvent> stream, Gazetteer gazetteer)
    {
        var decision = Correction.Decide(command.Statement, stream, command.Request, gazetteer);
        if (decision.Correction is not { } correction)
            return (new StatementCorrection(command.Statement, null, null, decision.Refused, decision.Problem), MartenOps.Nothing());
        return (new StatementCorrection(command.Statement, correction.ArticleId, correction, null, null),
            new AppendToArticle(correction.ArticleId, stream.Count, [correction]));
    }
}
