using JasperFx.Events;
using Marten.Events.Aggregation;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Articles;

public sealed class ArticleRecordProjection : SingleStreamProjection<ArticleRecord, Guid>
{
    public override ArticleRecord? Evolve(ArticleRecord? snapshot, Guid id, IEvent e) => e.Data switch
    {
        ArticleIngested ingested => ArticleRecord.Start(ingested),
        ArticleReextracted reextracted when snapshot is not null => snapshot.Reextracted(reextracted),
        StatementCorrected corrected when snapshot is not null => snapshot.Corrected(corrected),
        IDerivedEvent derived when snapshot is not null => snapshot.Add(derived),
        _ => snapshot,
    };
}
