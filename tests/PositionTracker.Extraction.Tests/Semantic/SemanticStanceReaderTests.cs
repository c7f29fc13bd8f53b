using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Semantic;

namespace PositionTracker.Extraction.Tests.Semantic;

/// <summary>The model, loaded once for the tests that read with it (about a second and 400 MB).</summary>
public sealed class LoadedReader : IDisposable
{
    public SentenceEmbedder Embedder { get; } = new();

    public Extractor Extractor { get; }

    public LoadedReader() => Extractor = new Extractor(Gazetteer.Default, new SemanticStanceReader(StanceClassifier.Shipped, Embedder));

    public string[] Statements(string body) => Extractor.Extract(new Article("Test Wire", null, new DateOnly(2024, 3, 14), null, new Dictionary<string, string>(), body))
        .Events.OfType<StatementMade>()
        .Select(s => $"{s.Actor} {s.Stance} {s.Territory} {s.Source.Evidence?.Rule}")
        .ToArray();

    public void Dispose() => Embedder.Dispose();
}

public sealed class SemanticStanceReaderTests(LoadedReader reader) : IClassFixture<LoadedReader>
{
    [Fact]
    public void A_stance_no_pattern_words_is_read_and_marked_as_the_readers()
    {
        const string said = "Chinese Foreign Ministry spokesman Wang Wenbin said the Diaoyu Islands had been China's since ancient times.";

        Assert.Empty(Extracting.Read.Statements(said));
        Assert.Equal([$"CHN ClaimsSovereignty senkaku-islands {SemanticStanceReader.RuleId}"], reader.Statements(said));
        Assert.Equal($"extractor {Extractor.Version} (semantic)", reader.Extractor.RunBy);
    }

    [Fact]
    public void Its_probability_is_the_statements_confidence_and_clears_the_threshold()
    {
        var article = new Article("Test Wire", null, new DateOnly(2024, 3, 14), null, new Dictionary<string, string>(),
            "Serbian President Aleksandar Vucic said Belgrade would be ready to swap the Presevo valley for northern Kosovo.");
        var statement = Assert.Single(reader.Extractor.Extract(article).Events.OfType<StatementMade>());

        Assert.Equal(SemanticStanceReader.RuleId, statement.Source.Evidence?.Rule);
        Assert.InRange(statement.Source.Evidence!.Confidence, StanceClassifier.Shipped.Threshold, 1);
    }

    [Theory]
    [InlineData("Did Chinese Foreign Ministry spokesman Wang Wenbin say the Diaoyu Islands had been China's since ancient times?")]
    [InlineData("If asked, Chinese Foreign Ministry spokesman Wang Wenbin said, he would repeat that the Diaoyu Islands had been China's since ancient times.")]
    [InlineData("Chinese Foreign Ministry spokesman Wang Wenbin said talks on the Diaoyu Islands would take place in Tokyo next week.")]
    [InlineData("Chinese Foreign Ministry spokesman Wang Wenbin denied that the Diaoyu Islands had not been China's since ancient times.")]
    public void It_never_reads_a_question_a_condition_a_meeting_or_a_negation(string sentence) =>
        Assert.DoesNotContain(reader.Statements(sentence), s => s.EndsWith(SemanticStanceReader.RuleId, StringComparison.Ordinal));

    [Fact]
    public void It_never_overrules_a_pattern()
    {
        const string said = "Russian Foreign Minister Sergei Lavrov said the Kuril Islands were Russian territory and not a subject for discussion.";

        Assert.Equal(Extracting.Read.Statements(said).Select(s => s.Split(' ')[..3]).SelectMany(x => x),
            reader.Statements(said).Select(s => s.Split(' ')[..3]).SelectMany(x => x));
        Assert.DoesNotContain(reader.Statements(said), s => s.EndsWith(SemanticStanceReader.RuleId, StringComparison.Ordinal));
    }
}
