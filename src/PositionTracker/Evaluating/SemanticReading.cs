using PositionTracker.Extraction.Semantic;

namespace PositionTracker.Evaluating;

/// <summary>The semantic stance reader with the shipped weights (or another threshold), and the model it loads, to dispose of.</summary>
public sealed class SemanticReading : IDisposable
{
    private readonly SentenceEmbedder _embedder = new();

    private SemanticReading(double? threshold)
    {
        var classifier = StanceClassifier.Shipped;
        Reader = new SemanticStanceReader(threshold is { } t ? classifier with { Threshold = t } : classifier, _embedder);
    }

    public SemanticStanceReader Reader { get; }

    public static SemanticReading Open(double? threshold) => new(threshold);

    public void Dispose() => _embedder.Dispose();
}
