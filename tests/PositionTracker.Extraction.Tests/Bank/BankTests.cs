using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Evaluation;
using BankFile = PositionTracker.Extraction.Evaluation.Bank;
using PositionTracker.Extraction.Tests.Extracting;

namespace PositionTracker.Extraction.Tests.Banks;

/// <summary>
/// The sentence banks, scored like articles. Each floor sits a little below the score the extractor reached when
/// it was last raised: a guard against regressions, not a target.
/// </summary>
public class BankTests
{
    private static string File(string name) => RepositoryPath.Of(Path.Combine("tests", "PositionTracker.Extraction.Tests", "Bank", name));

    private static IReadOnlyList<BankPassage> Passages(string name) =>
        BankFile.Parse(System.IO.File.ReadAllText(File(name)), Gazetteer.Default, name);

    private static Score Scored(string name)
    {
        var passages = Passages(name);
        var statements = passages.SelectMany(p => p.Expected).All(e => e is StatementMade);
        var scores = passages.Select(p => Scorer.Article($"line {p.Line}",
            Read.Events(p.Text, p.Published.ToString("yyyy-MM-dd")).Where(e => e is StatementMade == statements).ToList(), p.Expected));
        return EvaluationReport.Of(scores.ToList()).Overall;
    }

    [Theory]
    [InlineData("statements.train.bank", 0.835)]
    [InlineData("facts.train.bank", 0.86)]
    [InlineData("statements.wire.train.bank", 0.91)]
    [InlineData("facts.wire.train.bank", 0.91)]
    public void The_extractor_keeps_its_score_on_the_bank(string bank, double floor)
    {
        var score = Scored(bank);

        Assert.True(score.Gold > 100, $"{bank} holds only {score.Gold} expected events");
        Assert.True(score.F1 >= floor, $"{bank}: F1 {score.F1:F3} (P {score.Precision:F3}, R {score.Recall:F3}) fell below {floor}");
    }

    [Theory]
    [InlineData("statements.train.bank")]
    [InlineData("statements.heldout.bank")]
    [InlineData("facts.train.bank")]
    [InlineData("facts.heldout.bank")]
    [InlineData("statements.wire.train.bank")]
    [InlineData("facts.wire.train.bank")]
    public void Every_bank_reads_with_known_ids_and_traps_among_its_passages(string bank)
    {
        var passages = Passages(bank);

        Assert.True(passages.Count > 100, $"{bank} has {passages.Count} passages");
        Assert.Contains(passages, p => p.Expected.Count == 0);
        Assert.Contains(passages, p => p.Expected.Count > 0);
    }

    [Fact]
    public void A_passage_states_its_events_compactly()
    {
        var passages = BankFile.Parse("""
            published: 2024-05-15

            The talks were held in Geneva on Tuesday.
            = talks RUS+USA 2024-05-14 video @Geneva
            = control crimea RUS full
            = NOR ClaimsSovereignty hans-island 2024-05 "Jonas Gahr Store"
            """, Gazetteer.Default);

        var expected = Assert.Single(passages).Expected;
        var talks = Assert.IsType<TalksHeld>(expected[0]);
        Assert.Equal(["RUS", "USA"], talks.Parties);
        Assert.Equal(("Geneva", TalksFormat.Video, "2024-05-14"), (talks.Location, talks.Format, talks.Date.ToString()));
        Assert.Equal("2024-05-15", Assert.IsType<ControlReported>(expected[1]).Date.ToString());
        Assert.Equal(("Jonas Gahr Store", "2024-05"), (Assert.IsType<StatementMade>(expected[2]).Speaker, expected[2].Date.ToString()));
    }

    [Fact]
    public void A_mistake_in_a_bank_is_named_with_its_line() =>
        Assert.Contains("bank:3", Assert.Throws<BankFile.BankSyntaxError>(() => BankFile.Parse("""
            published: 2024-05-15

            Some passage.
            = RUS ClaimsSovereignty atlantis
            """, Gazetteer.Default)).Message);
}
