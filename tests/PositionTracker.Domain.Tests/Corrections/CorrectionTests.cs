using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Corrections;
using static PositionTracker.Domain.Stances.Stance;
using static PositionTracker.Domain.Tests.TestData;

namespace PositionTracker.Domain.Tests.Corrections;

public class CorrectionTests
{
    private static readonly ArticleIngested Ingested =
        new(ArticleA, "Daily Test", null, new DateOnly(2024, 3, 14), null, "hash", "body", new Dictionary<string, string>(), "a.txt", Provenance.Gold);

    private static readonly StatementMade Claim = Statement(ClaimsSovereignty, "2024-03-14");

    // The claim is the stream's second event, after the article itself.
    private static readonly Guid ClaimId = Article.EventId(ArticleA, 2);

    private static readonly CorrectionRequest Retraction = new("J. Analyst", "misattributed", Retract: true);

    private static ArticleHistory History(params object[] later) => ArticleHistory.Of([Ingested, Claim, .. later]);

    [Fact]
    public void A_retraction_replaces_the_statement_with_nothing_and_names_the_analyst_and_the_reason()
    {
        var correction = Correction.Decide(ClaimId, History(), Retraction with { Analyst = "  J. Analyst " }, SmallGazetteer());

        Assert.True(correction.Retracted);
        Assert.Equal((ArticleA, ClaimId, "J. Analyst", "misattributed", Claim), (correction.ArticleId, correction.Statement, correction.Analyst, correction.Reason, correction.Replaced));
    }

    [Fact]
    public void An_amendment_starts_from_the_statement_as_last_corrected_and_is_derived_by_the_analyst()
    {
        var gazetteer = SmallGazetteer();
        var redated = Correction.Decide(ClaimId, History(), new CorrectionRequest("J. Analyst", "the 13th", Date: "2024-03-13"), gazetteer);

        var moved = Correction.Decide(ClaimId, History(redated), new CorrectionRequest("K. Reviewer", "Donetsk", Territory: "Donetsk"), gazetteer);

        Assert.Equal(redated.Amended, moved.Replaced);
        Assert.Equal(("donetsk", "2024-03-13", "corrected by K. Reviewer"), (moved.Amended!.Territory, moved.Amended.Date.ToString(), moved.Amended.Source.DerivedBy));
        Assert.Null(moved.Amended.Source.Evidence);
    }

    [Theory]
    [InlineData(null, "a reason", true, null, null, null, null, "name the analyst")]
    [InlineData(" ", "a reason", true, null, null, null, null, "name the analyst")]
    [InlineData("J. Analyst", "", true, null, null, null, null, "give the reason")]
    [InlineData("J. Analyst", "a reason", true, null, null, "RejectsNegotiation", null, "a retraction amends nothing")]
    [InlineData("J. Analyst", "a reason", false, "Atlantis", null, null, null, "unknown actor 'Atlantis'")]
    [InlineData("J. Analyst", "a reason", false, null, "Narnia", null, null, "unknown territory 'Narnia'")]
    [InlineData("J. Analyst", "a reason", false, null, null, "Annoyed", null, "unknown stance 'Annoyed' (one of ")]
    [InlineData("J. Analyst", "a reason", false, null, null, "99", null, "unknown stance '99'")]
    [InlineData("J. Analyst", "a reason", false, null, null, null, "last Tuesday", "'last Tuesday' is not a date")]
    public void A_request_that_cannot_be_read_says_what_is_wrong_with_it(
        string? analyst, string? reason, bool retract, string? actor, string? territory, string? stance, string? date, string problem) =>
        Assert.StartsWith(problem, Correction.Problem(new CorrectionRequest(analyst, reason, retract, actor, territory, stance, date), SmallGazetteer()));

    [Fact]
    public void A_request_naming_what_the_tracker_knows_has_no_problem() =>
        Assert.Null(Correction.Problem(new CorrectionRequest("J. Analyst", "r", Actor: "Russia", Territory: "crimea", Stance: "rejectsnegotiation", Date: "2024-03"), SmallGazetteer()));

    [Fact]
    public void A_retracted_statement_is_closed_naming_who_retracted_it()
    {
        var retracted = History(Correction.Decide(ClaimId, History(), Retraction, SmallGazetteer()));

        Assert.Equal($"statement {ClaimId} was retracted by J. Analyst; it cannot be corrected again", Correction.Closed(retracted, ClaimId));
        Assert.Throws<InvalidOperationException>(() => Correction.Decide(ClaimId, retracted, Retraction, SmallGazetteer()));
    }

    [Fact]
    public void A_statement_a_newer_derivation_replaced_is_closed_unless_an_analyst_corrected_it_first()
    {
        var reextracted = new ArticleReextracted(ArticleA, Provenance.Gold, "extractor 2.0.0", ["crimea"]);
        var amended = Correction.Decide(ClaimId, History(), new CorrectionRequest("J. Analyst", "r", Stance: "RejectsNegotiation"), SmallGazetteer());

        Assert.Equal($"statement {ClaimId} was superseded by extractor 2.0.0; correct the statement that replaced it", Correction.Closed(History(reextracted), ClaimId));
        Assert.Null(Correction.Closed(History(amended, reextracted), ClaimId));
        Assert.Null(Correction.Closed(History(), ClaimId));
    }

    [Fact]
    public void An_amendment_to_the_values_the_statement_already_has_changes_nothing()
    {
        var gazetteer = SmallGazetteer();

        Assert.True(Correction.ChangesNothing(Correction.Decide(ClaimId, History(), new CorrectionRequest("J. Analyst", "r", Actor: "Russia", Stance: "ClaimsSovereignty"), gazetteer)));
        Assert.False(Correction.ChangesNothing(Correction.Decide(ClaimId, History(), new CorrectionRequest("J. Analyst", "r", Actor: "UKR"), gazetteer)));
        Assert.False(Correction.ChangesNothing(Correction.Decide(ClaimId, History(), Retraction, gazetteer)));
    }
}
