using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Territories;
using static PositionTracker.Domain.Stances.Stance;
using static PositionTracker.Domain.Tests.TestData;

namespace PositionTracker.Domain.Tests.Articles;

public class ReextractionTests
{
    private static readonly Provenance Old = new(ArticleA, "Daily Test", new DateOnly(2024, 3, 14), "extractor 0.9.0");
    private static readonly Provenance New = Old with { DerivedBy = "extractor 1.0.0" };

    private static ArticleIngested Ingested(string? derivedBy) =>
        new(ArticleA, "Daily Test", null, new DateOnly(2024, 3, 14), null, "hash", "body", new Dictionary<string, string>(), "a.txt", derivedBy);

    [Fact]
    public void An_older_extraction_is_superseded_naming_the_read_models_it_touched()
    {
        object[] stream = [Ingested(Old.DerivedBy), Statement(ClaimsSovereignty, "2024-03-14", source: Old), Annexed("2014", Old, "crimea")];
        IDerivedEvent[] extracted = [Statement(RejectsNegotiation, "2024-03-11", territory: "donetsk", source: New)];

        var appended = Reextraction.Decide(ArticleHistory.Of(stream), New.DerivedBy, extracted);

        var marker = Assert.IsType<ArticleReextracted>(appended[0]);
        Assert.Equal(("extractor 0.9.0", "extractor 1.0.0"), (marker.Superseded, marker.DerivedBy));
        Assert.Equal(["crimea"], marker.Territories);
        Assert.Equal(extracted, appended.Skip(1));
    }

    [Theory]
    [InlineData("gold")]
    [InlineData("extractor 1.0.0")]
    public void Curated_or_already_current_articles_get_nothing(string source) =>
        Assert.Empty(Reextraction.Decide(ArticleHistory.Of([Ingested(source)]), New.DerivedBy, [Statement(ClaimsSovereignty, "2024-03-14", source: New)]));

    [Fact]
    public void The_current_source_is_the_last_derivation_in_the_stream()
    {
        object[] stream = [Ingested("extractor 0.8.0"), new ArticleReextracted(ArticleA, "extractor 0.8.0", "extractor 0.9.0", [])];

        Assert.Equal("extractor 0.9.0", ArticleHistory.Of(stream).CurrentSource);
    }

    [Fact]
    public void Territory_facts_let_go_of_the_superseded_sources()
    {
        var facts = TerritoryFacts.Empty("crimea")
            .Record(Annexed("2014", Old)).Record(Annexed("2014-03", From(ArticleB)));

        var kept = facts.Without(ArticleA, Old.DerivedBy);

        Assert.Equal("2014-03", Assert.Single(kept.Annexations).Date.ToString());
        Assert.Single(Assert.Single(kept.Annexations).Sources);
        Assert.Equal(1, Assert.Single(kept.Annexations).Reports);
    }
}
