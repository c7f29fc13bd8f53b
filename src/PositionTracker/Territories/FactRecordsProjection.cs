using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Territories;

namespace PositionTracker.Territories;

/// <summary>The bitemporal rows of annexations, referendums and control, as the statement records are for stances.</summary>
public sealed partial class FactRecordsProjection : EventProjection
{
    public FactRecordsProjection()
    {
        Name = "FactRecords";
        // Its rows come from Insert, which Marten cannot see ahead: a rebuild is told which table to empty first.
        Options.DeleteViewTypeOnTeardown<FactRecord>();
    }

    // Inserted, as the statement records are (see there).
    public void Project(IEvent<TerritoryAnnexed> e, IDocumentOperations ops) => ops.Insert(FactRecord.Of(e.Data, e.Id, e.Timestamp)!);

    public void Project(IEvent<ReferendumHeld> e, IDocumentOperations ops) => ops.Insert(FactRecord.Of(e.Data, e.Id, e.Timestamp)!);

    public void Project(IEvent<ControlReported> e, IDocumentOperations ops) => ops.Insert(FactRecord.Of(e.Data, e.Id, e.Timestamp)!);

    public void Project(IEvent<ArticleReextracted> e, IDocumentOperations ops)
    {
        var (article, superseded) = (e.Data.ArticleId, e.Data.Superseded ?? "");
        ops.Patch<FactRecord>(r => r.Article == article && r.DerivedBy == superseded && r.SupersededAt == null)
            .Set(r => r.SupersededAt, e.Timestamp);
    }
}
