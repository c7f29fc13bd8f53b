namespace PositionTracker.Extracting;

/// <summary>
/// Whether the extractor also runs the semantic stance reader: the configuration key <c>Extraction:Semantic</c> (or the
/// environment's <c>Extraction__Semantic</c>), or a verb's <c>--semantic</c>, set before the extractor is first needed.
/// </summary>
public sealed class ExtractionSettings
{
    public const string SemanticKey = "Extraction:Semantic";

    public bool Semantic { get; set; }
}
