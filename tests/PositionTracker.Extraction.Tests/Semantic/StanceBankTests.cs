using PositionTracker.Extraction.Semantic;

namespace PositionTracker.Extraction.Tests.Semantic;

/// <summary>The shipped weights are the ones the bank as it stands trains: retrain with <c>ops/positiontracker train-stances</c>.</summary>
public sealed class StanceBankTests(LoadedReader reader) : IClassFixture<LoadedReader>
{
    private static string BankFolder() => RepositoryPath.Of(Path.Combine("src", "PositionTracker.Extraction", "Semantic", "Bank"));

    [Fact]
    public void The_shipped_weights_were_trained_from_the_bank_as_it_stands() =>
        Assert.True(StanceClassifier.Shipped.Bank == StanceBank.Fingerprint(StanceBank.Read(BankFolder())),
            "the stance bank changed since the weights were trained: run ops/positiontracker train-stances and commit stance-model.json");

    [Fact]
    public void The_bank_has_enough_of_every_stance_and_three_times_as_many_sentences_of_none()
    {
        var bank = StanceBank.Read(BankFolder());
        var counts = bank.GroupBy(s => s.Stance?.ToString() ?? "none").ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetNames<Domain.Stances.Stance>(), s => Assert.True(counts.GetValueOrDefault(s) >= 60, $"{s}: {counts.GetValueOrDefault(s)} sentences"));
        Assert.True(counts["none"] >= 3 * 60, $"none: {counts["none"]} sentences");
        Assert.True(bank.Count >= 800, $"{bank.Count} sentences");
    }

    [Fact]
    public void Retraining_from_the_bank_gives_the_shipped_weights()
    {
        var shipped = StanceClassifier.Shipped;
        var bank = StanceBank.Read(BankFolder());

        var trained = StanceTraining.Train(bank, reader.Embedder.Embed(bank.Select(s => s.Text).ToList()), shipped.Model, shipped.Bank, shipped.Threshold);

        Assert.Equal(shipped.Labels, trained.Labels);
        for (var c = 0; c < shipped.Weights.Count; c++)
            for (var d = 0; d < shipped.Weights[c].Length; d++)
                Assert.True(Math.Abs(shipped.Weights[c][d] - trained.Weights[c][d]) < 1e-4, $"weight [{c}][{d}]: {shipped.Weights[c][d]} against {trained.Weights[c][d]}");
    }

    [Fact]
    public void A_line_without_a_label_and_a_tab_is_refused_with_where_it_is()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "x.tsv"), "# a comment\nnone\tA plain sentence.\nClaimsSovereignty the territory is ours\n");

        var error = Assert.Throws<FormatException>(() => StanceBank.Read(folder.Path));

        Assert.Contains("x.tsv:3", error.Message);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("stance-bank-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
