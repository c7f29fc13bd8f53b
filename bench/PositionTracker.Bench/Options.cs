using System.Globalization;

namespace PositionTracker.Bench;

public sealed record Options(int Articles, int Seed, bool Json, string? Write, double HugeMb, int Warmup, bool Semantic = true)
{
    public const string Usage = """
        Measures the extractor's speed and memory on one core over a generated corpus.

          ops/bench [--articles N] [--seed S] [--json] [--write DIR] [--huge-mb M] [--warmup N] [--no-semantic]

          --articles N   articles to generate and extract (default 10000)
          --seed S       generator seed (default 42); the same seed gives the same corpus
          --json         print one JSON document instead of the table
          --write DIR    also write the corpus there as article files (header and body), for inspection
          --huge-mb M    size of the single huge article for the memory check (default 5; 0 skips it)
          --warmup N     articles extracted before timing starts (default 200)
          --no-semantic  skip the second run with the semantic stance reader (it loads a 90 MB model)
        """;

    public static Options? Parse(string[] args, TextWriter error)
    {
        var o = new Options(10_000, 42, false, null, 5, 200);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                o = args[i] switch
                {
                    "--articles" => o with { Articles = Positive(Value()) },
                    "--seed" => o with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--json" => o with { Json = true },
                    "--write" => o with { Write = Value() },
                    "--huge-mb" => o with { HugeMb = double.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--warmup" => o with { Warmup = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--no-semantic" => o with { Semantic = false },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                error.WriteLine($"bench: {e.Message}\n\n{Usage}");
                return null;
            }
        }
        return o;
    }

    private static int Positive(string text)
    {
        var n = int.Parse(text, CultureInfo.InvariantCulture);
        return n > 0 ? n : throw new ArgumentException("--articles must be at least 1");
    }
}
