using JasperFx.Events;
using Marten.Events.Aggregation;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Articles;

public sealed class ArticleRecordProjection : SingleStreamProjection<ArticleRecord, Guid>
{
    public ArticleRecordProjection()
    {
        // A rebuild folds each article whole before writing it, and writes a thousand at a time, instead of writing per page
        // of events what it just read back: a record is written once, not once for every page its article's events span.
        Options.RebuildFlushThreshold = 1000;
        Options.BatchSize = 2000;
    }

    public override ArticleRecord? Evolve(ArticleRecord? snapshot, Guid id, IEvent e) => e.Data switch
    {
        ArticleIngested ingested => ArticleRecord.Start(ingested),
        ArticleReextracted reextracted when snapshot is not null => snapshot.Reextracted(reextracted),
        StatementCorrected corrected when snapshot is not null => snapshot.Corrected(corrected),
        IDerivedEvent derived when snapshot is not null => snapshot.Add(derived),
        _ => snapshot,
    };
}
