using System.Diagnostics;
using System.Text.Json;
using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Extraction.Semantic;

namespace PositionTracker.TrainingStances;

public sealed class TrainStancesInput : NetCoreInput
{
    [Description("Folder of the stance bank's *.tsv files")]
    public string BankFlag { get; set; } = "src/PositionTracker.Extraction/Semantic/Bank";

    [Description("Where to write the weights")]
    public string OutFlag { get; set; } = "src/PositionTracker.Extraction/Semantic/stance-model.json";

    [Description("Least probability at which the reader supplies a stance (default: the shipped model's)")]
    public double? ThresholdFlag { get; set; }
}

[Description("Train the semantic stance reader's weights from the stance bank, the same way every time, and write them where the extractor ships them", Name = "train-stances")]
public sealed class TrainStancesCommand : JasperFxCommand<TrainStancesInput>
{
    public TrainStancesCommand() => Usage("Retrain from src/PositionTracker.Extraction/Semantic/Bank (run from the repository's root)");

    public override bool Execute(TrainStancesInput input)
    {
        IReadOnlyList<BankSentence> bank;
        try
        {
            bank = StanceBank.Read(input.BankFlag);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            Cli.Fail(Terminal.Safe(e.Message));
            return false;
        }
        var clock = Stopwatch.StartNew();
        Console.Error.WriteLine($"train-stances: embedding {bank.Count} sentences with {SentenceEmbedder.Model}...");
        using var embedder = new SentenceEmbedder();
        var embeddings = embedder.Embed(bank.Select(s => s.Text).ToList());
        Console.Error.WriteLine($"train-stances: embedded in {clock.Elapsed.TotalSeconds:F1} s; training...");
        var threshold = input.ThresholdFlag ?? (File.Exists(input.OutFlag) ? StanceClassifier.Shipped.Threshold : 0.6);
        var classifier = StanceTraining.Train(bank, embeddings, SentenceEmbedder.Model, StanceBank.Fingerprint(bank), threshold);
        File.WriteAllText(input.OutFlag, JsonSerializer.Serialize(classifier, StanceClassifier.Json) + "\n");
        var right = bank.Where((s, i) => classifier.Best(embeddings[i]).Label == (s.Stance?.ToString() ?? "none")).Count();
        Console.WriteLine($"trained on {bank.Count} sentences ({string.Join(", ", bank.GroupBy(s => s.Stance?.ToString() ?? "none").Select(g => $"{g.Key} {g.Count()}"))})");
        Console.WriteLine($"accuracy on the bank itself {right / (double)bank.Count:F3} (a sanity check, not a score); threshold {threshold}; wrote {input.OutFlag} in {clock.Elapsed.TotalSeconds:F1} s");
        return true;
    }
}
