using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Tests;

/// <summary>Events and articles written for these tests, with only the fields a test cares about.</summary>
public static class TestData
{
    /// <summary>The day these tests run on, as far as date checks are concerned.</summary>
    public static readonly DateOnly Today = new(2026, 12, 7);

    public static readonly Guid ArticleA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid ArticleB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    public static readonly Guid ArticleC = Guid.Parse("cccccccc-0000-0000-0000-000000000003");

    /// <summary>The timeline these statements make, as the read side folds the records it reads.</summary>
    public static StanceTimeline Timeline(string actor, string territory, IEnumerable<StatementMade> statements) =>
        StanceTimeline.Of(actor, territory, statements.Select(s => (s, (Guid?)null)));

    public static Provenance From(Guid article, string outlet = "Daily Test", string published = "2020-01-01") =>
        new(article, outlet, DateOnly.Parse(published), Provenance.Gold);

    public static StatementMade Statement(
        Stance stance, string date, string actor = "RUS", string territory = "crimea",
        string? speaker = "A. Speaker", string? quote = null, Provenance? source = null) =>
        new(actor, speaker, speaker is null ? null : "spokesperson", territory, stance, quote, PartialDate.Parse(date),
            source ?? From(ArticleA));

    public static TerritoryAnnexed Annexed(string date, Provenance source, string territory = "crimea") =>
        new("RUS", "UKR", territory, PartialDate.Parse(date), source);

    public static Gazetteer SmallGazetteer() => new(
        [Actor("RUS", "Russia"), Actor("UKR", "Ukraine"), Actor("USA", "United States"), Actor("EU", "European Union")],
        [Territory("crimea", "Crimea"), Territory("donetsk", "Donetsk"), Territory("golan-heights", "Golan Heights")]);

    private static Actor Actor(string code, string name) => new(code, name, [], [], [], []);

    private static Territory Territory(string id, string name) => new(id, name, [], null, [], null, "region", []);
}
