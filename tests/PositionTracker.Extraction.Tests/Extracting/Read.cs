using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Runs the extractor over test text written for these tests, and states its events in one line each.</summary>
public static class Read
{
    private static readonly Extractor Extractor = new(Gazetteer.Default);

    public static Extraction Article(string body, string published = "2024-03-14", string outlet = "Test Wire") =>
        Extractor.Extract(new Article(outlet, null, DateOnly.Parse(published), null, new Dictionary<string, string>(), body));

    public static IReadOnlyList<IDerivedEvent> Events(string body, string published = "2024-03-14") => Article(body, published).Events;

    /// <summary>"ARG ClaimsSovereignty falkland-islands 2024-03-11 Carla Ruiz", speaker left off when there is none.</summary>
    public static string[] Statements(string body, string published = "2024-03-14") => Events(body, published)
        .OfType<StatementMade>()
        .Select(s => $"{s.Actor} {s.Stance} {s.Territory} {s.Date}" + (s.Speaker is null ? "" : $" {s.Speaker}"))
        .ToArray();

    public static string[] Facts(string body, string published = "2024-03-14") => Events(body, published)
        .Where(e => e is not StatementMade)
        .Select(e => $"{e.GetType().Name} {e.Date} {ArticleRecord.Describe(e)}")
        .ToArray();
}
