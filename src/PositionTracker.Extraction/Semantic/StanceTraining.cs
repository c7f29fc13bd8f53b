using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Semantic;

/// <summary>
/// Trains the classifier from the bank's embeddings: full-batch gradient descent from zero weights, in bank order,
/// classes weighted by their size so that the many "none" sentences do not drown the rare stances. No randomness,
/// so the same bank always gives the same weights.
/// </summary>
public static class StanceTraining
{
    private const int Rounds = 600;
    private const double Rate = 0.5;
    private const double Ridge = 1e-3;

    /// <summary>Unit-length embeddings of 384 dimensions spread their weight thin; scaled, one learning rate suits all.</summary>
    private const double Scale = 19.6;

    public static readonly string[] Labels = ["none", .. Enum.GetNames<Stance>()];

    public static StanceClassifier Train(IReadOnlyList<BankSentence> bank, IReadOnlyList<float[]> embeddings, string model, string fingerprint, double threshold)
    {
        var classes = Labels.Length;
        var dims = embeddings[0].Length + 1;
        var y = bank.Select(s => Array.IndexOf(Labels, s.Stance?.ToString() ?? "none")).ToArray();
        var counts = new int[classes];
        foreach (var c in y) counts[c]++;
        var weightOf = counts.Select(n => n == 0 ? 0 : (double)bank.Count / (classes * n)).ToArray();
        var totalWeight = y.Sum(c => weightOf[c]);
        var x = embeddings.Select(e => e.Select(v => v * Scale).Append(1.0).ToArray()).ToArray();
        var w = Enumerable.Range(0, classes).Select(_ => new double[dims]).ToArray();
        var scores = new double[classes];
        for (var round = 0; round < Rounds; round++)
        {
            var gradient = Enumerable.Range(0, classes).Select(_ => new double[dims]).ToArray();
            for (var i = 0; i < x.Length; i++)
            {
                for (var c = 0; c < classes; c++) scores[c] = Dot(w[c], x[i]);
                var p = StanceClassifier.Softmax(scores);
                for (var c = 0; c < classes; c++)
                {
                    var error = (p[c] - (y[i] == c ? 1 : 0)) * weightOf[y[i]] / totalWeight;
                    var g = gradient[c];
                    for (var d = 0; d < dims; d++) g[d] += error * x[i][d];
                }
            }
            for (var c = 0; c < classes; c++)
                for (var d = 0; d < dims; d++)
                    w[c][d] -= Rate * (gradient[c][d] + (d < dims - 1 ? Ridge * w[c][d] : 0));
        }
        return new StanceClassifier(model, fingerprint, threshold, Scale, Labels,
            w.Select(row => row.Select(v => Math.Round(v, 6)).ToArray()).ToList());
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var d = 0; d < a.Length; d++) sum += a[d] * b[d];
        return sum;
    }
}
