using JasperFx.Events;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Core;

/// <summary>Events on their way into an article's stream, each with the id its position gives it.</summary>
public static class ArticleEvents
{
    public static object[] Numbered(Guid article, long firstVersion, IEnumerable<object> events) =>
        events.Select((data, i) => (object)Numbered(article, firstVersion + i, data)).ToArray();

    private static IEvent Numbered(Guid article, long version, object data)
    {
        var wrapped = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        wrapped.Id = Article.EventId(article, version);
        return wrapped;
    }
}
