using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Evaluation;

namespace PositionTracker.Extraction.Tests.Evaluation;

/// <summary>The matching rule of ANNOTATION.md.</summary>
public class ScorerTests
{
    private static readonly Provenance Source = new(Guid.Empty, "Test Wire", new DateOnly(2024, 3, 14), "test");

    private static StatementMade Statement(string actor, Stance stance, string date, string? speaker = null, string territory = "crimea") =>
        new(actor, speaker, null, territory, stance, null, PartialDate.Parse(date), Source);

    private static TalksHeld Talks(string date, params string[] parties) => new(parties, null, PartialDate.Parse(date), TalksFormat.Phone, Source);

    [Fact]
    public void Dates_agree_at_the_coarser_precision_and_matching_is_one_to_one()
    {
        IDerivedEvent[] gold = [Statement("RUS", Stance.ClaimsSovereignty, "2014-03")];
        IDerivedEvent[] extracted = [Statement("RUS", Stance.ClaimsSovereignty, "2014-03-18"), Statement("RUS", Stance.ClaimsSovereignty, "2014-03-20")];

        var score = Scorer.Article("a", extracted, gold);

        Assert.Equal(new Score(1, 2, 1), score.ByType["StatementMade"]);
        Assert.Single(score.Spurious);
        Assert.Empty(score.Missed);
    }

    [Fact]
    public void Talks_match_on_the_set_of_parties_in_any_order() =>
        Assert.Equal(new Score(1, 1, 1), Scorer.Article("a", [Talks("2017-01-28", "USA", "RUS")], [Talks("2017-01", "RUS", "USA")]).ByType["TalksHeld"]);

    [Fact]
    public void A_different_stance_actor_territory_or_date_is_no_match()
    {
        var gold = Statement("RUS", Stance.ClaimsSovereignty, "2017-02-15");

        Assert.False(Scorer.Matches(Statement("RUS", Stance.RejectsNegotiation, "2017-02-15"), gold));
        Assert.False(Scorer.Matches(Statement("UKR", Stance.ClaimsSovereignty, "2017-02-15"), gold));
        Assert.False(Scorer.Matches(Statement("RUS", Stance.ClaimsSovereignty, "2017-02-15", territory: "donetsk"), gold));
        Assert.False(Scorer.Matches(Statement("RUS", Stance.ClaimsSovereignty, "2017-02-14"), gold));
    }

    [Fact]
    public void Pairs_whose_speakers_agree_are_preferred_so_speaker_accuracy_measures_the_best_pairing()
    {
        IDerivedEvent[] gold = [Statement("RUS", Stance.RejectsNegotiation, "2017-02-15", "Dmitry Peskov"), Statement("RUS", Stance.RejectsNegotiation, "2017-02-15", "Maria Zakharova")];
        IDerivedEvent[] extracted = [Statement("RUS", Stance.RejectsNegotiation, "2017-02-15", "Zakharova"), Statement("RUS", Stance.RejectsNegotiation, "2017-02-15", "Peskov")];

        var report = EvaluationReport.Of([Scorer.Article("a", extracted, gold)]);

        Assert.Equal(1.0, report.SpeakerAccuracy);
    }

    [Theory]
    [InlineData("Georgiy Tykhy", "Heorhii Tykhyi", true)]
    [InlineData("Dmitry Peskov", "Peskov", true)]
    [InlineData("Dmitry Peskov", "Maria Zakharova", false)]
    [InlineData(null, null, true)]
    [InlineData("Dmitry Peskov", null, false)]
    public void Speakers_agree_by_family_name_allowing_for_transliteration(string? a, string? b, bool agree) =>
        Assert.Equal(agree, Scorer.SpeakersAgree(Statement("RUS", Stance.ClaimsSovereignty, "2020", a), Statement("RUS", Stance.ClaimsSovereignty, "2020", b)));

    [Fact]
    public void Micro_averages_add_up_counts_not_ratios()
    {
        var a = Scorer.Article("a", [Statement("RUS", Stance.ClaimsSovereignty, "2020")], [Statement("RUS", Stance.ClaimsSovereignty, "2020")]);
        var b = Scorer.Article("b", [Talks("2020", "USA", "RUS"), Talks("2021", "USA", "RUS"), Talks("2022", "USA", "RUS")], [Talks("2020", "USA", "RUS")]);

        var report = EvaluationReport.Of([a, b]);

        Assert.Equal(new Score(2, 4, 2), report.Overall);
        Assert.Equal(0.5, report.Overall.Precision);
        Assert.Equal(1.0, report.Overall.Recall);
    }

    [Fact]
    public void An_extracted_event_matching_only_an_optional_one_counts_neither_way()
    {
        IDerivedEvent[] gold = [Statement("RUS", Stance.ClaimsSovereignty, "2014-03-18")];
        IDerivedEvent[] optional = [Statement("RUS", Stance.RejectsNegotiation, "2014-03-18")];
        IDerivedEvent[] extracted = [Statement("RUS", Stance.ClaimsSovereignty, "2014-03-18"), Statement("RUS", Stance.RejectsNegotiation, "2014-03-18"),
            Statement("RUS", Stance.RejectsNegotiation, "2014-03-18")];

        var score = Scorer.Article("a", extracted, gold, optional);

        Assert.Equal(new Score(1, 2, 1), score.ByType["StatementMade"]);
        Assert.Single(score.Excused);
        Assert.Single(score.Spurious);
    }

    [Fact]
    public void A_misread_stance_pairs_gold_with_what_was_read_in_the_confusion_table()
    {
        IDerivedEvent[] gold = [Statement("UKR", Stance.DemandsReturn, "2019-12-09"), Statement("RUS", Stance.ClaimsSovereignty, "2019-12-09"),
            Statement("RUS", Stance.RejectsNegotiation, "2019-12-09")];
        IDerivedEvent[] extracted = [Statement("UKR", Stance.ClaimsSovereignty, "2019-12-09"), Statement("RUS", Stance.ClaimsSovereignty, "2019-12-09"),
            Statement("USA", Stance.RejectsAnnexation, "2019-12-09")];

        var report = EvaluationReport.Of([Scorer.Article("a", extracted, gold)]);

        Assert.Equal(1, report.Confusion[(Stance.DemandsReturn, Stance.ClaimsSovereignty)]);
        Assert.Equal(1, report.Confusion[(Stance.ClaimsSovereignty, Stance.ClaimsSovereignty)]);
        Assert.Equal(1, report.Confusion[(Stance.RejectsNegotiation, null)]);
        Assert.Equal(1, report.Confusion[(null, Stance.RejectsAnnexation)]);
        Assert.Equal(4, report.Confusion.Values.Sum());
    }
}
