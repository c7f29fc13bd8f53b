using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Talks;

namespace PositionTracker.Talks;

/// <summary>A row per report of talks, closed when a newer extractor sets its article's events aside, as the fact rows are.</summary>
public sealed partial class TalksRecordsProjection : EventProjection
{
    public TalksRecordsProjection()
    {
        Name = "TalksRecords";
        // Its rows come from Insert, which Marten cannot see ahead: a rebuild is told which table to empty first.
        Options.DeleteViewTypeOnTeardown<TalksRecord>();
    }

    // Inserted, as the statement records are (see there).
    public void Project(IEvent<TalksHeld> e, IDocumentOperations ops) => ops.Insert(TalksRecord.Of(e.Data, e.Id, e.Timestamp));

    public void Project(IEvent<ArticleReextracted> e, IDocumentOperations ops)
    {
        var (article, superseded) = (e.Data.ArticleId, e.Data.Superseded ?? "");
        ops.Patch<TalksRecord>(r => r.Article == article && r.DerivedBy == superseded && r.SupersededAt == null)
            .Set(r => r.SupersededAt, e.Timestamp);
    }
}
