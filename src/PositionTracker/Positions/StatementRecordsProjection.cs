using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;

namespace PositionTracker.Positions;

/// <summary>
/// The bitemporal rows behind "as known at": a record per statement version, stamped with the moment the event
/// store recorded it and, once set aside, the moment it was. Rows are only added and closed, never rewritten.
/// </summary>
public sealed partial class StatementRecordsProjection : EventProjection
{
    public StatementRecordsProjection()
    {
        Name = "StatementRecords";
        // Its rows come from Insert, which Marten cannot see ahead: a rebuild is told which table to empty first.
        Options.DeleteViewTypeOnTeardown<StatementRecord>();
    }

    // Inserted, not upserted: an event is folded once, and a rebuild's batches of plain inserts go to the table by COPY.
    public void Project(IEvent<StatementMade> e, IDocumentOperations ops) => ops.Insert(StatementRecord.Of(e.Data, e.Id, e.Id, e.Timestamp));

    public void Project(IEvent<StatementCorrected> e, IDocumentOperations ops)
    {
        var correction = e.Data;
        ops.Patch<StatementRecord>(r => r.Event == correction.Statement && r.SupersededAt == null).Set(r => r.SupersededAt, e.Timestamp);
        if (correction.Amended is { } amended) ops.Insert(StatementRecord.Of(amended, e.Id, correction.Statement, e.Timestamp));
    }

    public void Project(IEvent<ArticleReextracted> e, IDocumentOperations ops)
    {
        var (article, superseded) = (e.Data.ArticleId, e.Data.Superseded ?? "");
        ops.Patch<StatementRecord>(r => r.Article == article && r.DerivedBy == superseded && r.SupersededAt == null)
            .Set(r => r.SupersededAt, e.Timestamp);
    }
}
