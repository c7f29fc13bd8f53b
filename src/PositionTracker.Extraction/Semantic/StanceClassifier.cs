using System.Reflection;
using System.Text.Json;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Semantic;

/// <summary>
/// A multinomial logistic regression over sentence embeddings: one row of weights per label (none first, then the
/// stances), the last column the bias. Small enough to read in a diff, and trained the same way every time.
/// </summary>
public sealed record StanceClassifier(
    string Model,
    string Bank,
    double Threshold,
    double Scale,
    IReadOnlyList<string> Labels,
    IReadOnlyList<double[]> Weights)
{
    /// <summary>Each label's probability for one sentence's embedding.</summary>
    public double[] Probabilities(float[] embedding)
    {
        var scores = new double[Labels.Count];
        for (var c = 0; c < scores.Length; c++)
        {
            var w = Weights[c];
            var sum = w[^1];
            for (var d = 0; d < embedding.Length; d++) sum += w[d] * embedding[d] * Scale;
            scores[c] = sum;
        }
        return Softmax(scores);
    }

    /// <summary>The most probable label, "none" included, and its probability.</summary>
    public (string Label, double Probability) Best(float[] embedding)
    {
        var p = Probabilities(embedding);
        var best = 0;
        for (var c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
        return (Labels[best], p[best]);
    }

    /// <summary>The stance the sentence states and how sure the reader is; null when "none" wins or no stance clears the threshold.</summary>
    public (Stance Stance, double Probability)? Read(float[] embedding) =>
        Best(embedding) is var (label, probability) && label != "none" && probability >= Threshold ? (Enum.Parse<Stance>(label), probability) : null;

    internal static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var total = exp.Sum();
        return exp.Select(e => e / total).ToArray();
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The weights the project ships (Semantic/stance-model.json), trained by <c>train-stances</c>.</summary>
    public static StanceClassifier Shipped => ShippedOnce.Value;

    private static readonly Lazy<StanceClassifier> ShippedOnce = new(Load);

    private static StanceClassifier Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Semantic.stance-model.json")
                           ?? throw new InvalidOperationException("the stance model is missing from the assembly (Semantic/stance-model.json)");
        return JsonSerializer.Deserialize<StanceClassifier>(stream, Json) ?? throw new InvalidOperationException("the stance model is empty");
    }
}
