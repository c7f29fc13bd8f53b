using JasperFx.Events;
using Marten.Events.Aggregation;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Articles;

/// <summary>The article's write model, folded live from its stream whenever a handler asks for it (Wolverine's aggregate workflow).</summary>
public sealed class ArticleHistoryProjection : SingleStreamProjection<ArticleHistory, Guid>
{
    public override ArticleHistory Evolve(ArticleHistory? snapshot, Guid id, IEvent e) => (snapshot ?? new ArticleHistory { Id = id }).Record(e.Data);
}
