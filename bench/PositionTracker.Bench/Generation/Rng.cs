namespace PositionTracker.Bench.Generation;

/// <summary>
/// SplitMix64: small, fast and the same on every runtime version, so a seed always gives the same corpus
/// (System.Random's seeded sequence is only promised within one runtime).
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator of its own for item <paramref name="index"/>: article 17 is the same whatever N is.</summary>
    public static Rng For(int seed, int index) => new(Mix(((ulong)(uint)seed << 32) ^ (ulong)(uint)index ^ 0x5DEECE66DUL));

    public ulong Next() => Mix(_state += 0x9E3779B97F4A7C15UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 to n - 1.</summary>
    public int Int(int n) => n <= 1 ? 0 : (int)(Next() % (ulong)n);

    /// <summary>lo to hi, both included.</summary>
    public int Int(int lo, int hi) => lo + Int(hi - lo + 1);

    public double Double() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Double() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    public T Either<T>(params T[] items) => items[Int(items.Length)];

    /// <summary>An index drawn in proportion to the weights.</summary>
    public int Weighted(IReadOnlyList<int> weights, int total)
    {
        var x = Int(total);
        for (var i = 0; i < weights.Count; i++)
        {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return weights.Count - 1;
    }
}
