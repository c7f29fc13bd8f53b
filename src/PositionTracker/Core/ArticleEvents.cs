using JasperFx.Events;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Core;

/// <summary>Events on their way into an article's stream, each with the id its place in the stream gives it.</summary>
public static class ArticleEvents
{
    public static object[] Numbered(Guid article, long firstVersion, IEnumerable<object> events) =>
        events.Select((data, i) => (object)Numbered(article, firstVersion + i, data)).ToArray();

    private static IEvent Numbered(Guid article, long version, object data)
    {
        var wrapped = Typed(data);
        wrapped.Id = Article.EventId(article, version);
        return wrapped;
    }

    /// <summary>The envelope of the event's own type, which the event store files it under; an article's stream holds no other kinds.</summary>
    private static IEvent Typed(object data) => data switch
    {
        ArticleIngested e => new Event<ArticleIngested>(e),
        ArticleReextracted e => new Event<ArticleReextracted>(e),
        StatementCorrected e => new Event<StatementCorrected>(e),
        StatementMade e => new Event<StatementMade>(e),
        TerritoryAnnexed e => new Event<TerritoryAnnexed>(e),
        ReferendumHeld e => new Event<ReferendumHeld>(e),
        TalksHeld e => new Event<TalksHeld>(e),
        SanctionsImposed e => new Event<SanctionsImposed>(e),
        ControlReported e => new Event<ControlReported>(e),
        _ => throw new ArgumentException($"{data.GetType().Name} is not an event of an article's stream", nameof(data)),
    };
}
