namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Longer stories on other disputes, written for these tests in the way wire copy is written.</summary>
public class WholeStoriesTests
{
    private const string Taiwan = """
        ---
        TAIPEI, March 14 (Test Wire) - Taiwan's government on Thursday rejected Beijing's claim over the island, saying only Taiwan's people can decide their future.
        “The Republic of China has never been ruled by the People's Republic of China,” Taiwan's Mainland Affairs Council said in a statement.
        China's foreign ministry spokesperson Lin Jian told a regular briefing in Beijing that Taiwan is an inalienable part of China's territory.
        Lin said the question was not open to negotiation with any foreign country.
        Chinese and American officials held talks in Vienna on Tuesday, the ministry added.
        Beijing has not ruled out the use of force.
        """;

    [Fact]
    public void A_story_on_taiwan()
    {
        var statements = Read.Statements(Taiwan[4..]);
        var facts = Read.Facts(Taiwan[4..]);

        Assert.Contains("TWN RejectsAnnexation taiwan 2024-03-14", statements);
        Assert.Contains("CHN ClaimsSovereignty taiwan 2024-03-14 Lin Jian", statements);
        Assert.Contains("CHN RejectsNegotiation taiwan 2024-03-14 Lin Jian", statements);
        Assert.DoesNotContain(statements, s => s.StartsWith("TWN ClaimsSovereignty") || s.StartsWith("CHN RejectsAnnexation"));
        Assert.Equal(["TalksHeld 2024-03-12 talks between CHN, USA (in-person) in Vienna"], facts);
    }

    private const string Kurils = """
        Tokyo protests Russian drills on disputed islands
        Share this article
        Japan on Monday lodged a protest with Russia over military exercises on the islands, which Tokyo calls the Northern Territories.
        Chief Cabinet Secretary Hiroshi Kato told reporters the islands are an inherent part of Japan's territory and must be returned.
        Moscow took the islands at the end of World War Two in 1945 and the two countries have never signed a peace treaty.
        Russian Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that the sovereignty of the Kuril Islands is not subject to discussion.
        Japanese and Russian diplomats met in Moscow last month, without progress.
        """;

    [Fact]
    public void A_story_on_the_kurils()
    {
        var statements = Read.Statements(Kurils);
        var facts = Read.Facts(Kurils);

        // Undated words in a story whose lead is "on Monday" are Monday's, the day of the news.
        Assert.Contains("JPN ClaimsSovereignty kuril-islands 2024-03-11 Hiroshi Kato", statements);
        Assert.Contains("JPN DemandsReturn kuril-islands 2024-03-11 Hiroshi Kato", statements);
        Assert.Contains("RUS RejectsNegotiation kuril-islands 2024-03-12 Maria Zakharova", statements);
        Assert.Contains("TalksHeld 2024-02 talks between JPN, RUS (in-person) in Moscow", facts);
        Assert.DoesNotContain(statements, s => s.StartsWith("RUS DemandsReturn") || s.StartsWith("JPN RejectsNegotiation"));
    }

    private const string Sahara = """
        RABAT (Test Wire) - Morocco said on Wednesday that Western Sahara is an integral part of its territory, after Algeria called for a referendum on self-determination.
        Algeria, which backs the Polisario Front, says Morocco's presence in the territory is an illegal occupation.
        Morocco controls about 80 percent of Western Sahara.
        In December 2020, the United States recognized Morocco's sovereignty over Western Sahara in exchange for Rabat normalising ties with Israel.
        """;

    [Fact]
    public void A_story_on_western_sahara()
    {
        var statements = Read.Statements(Sahara);
        var facts = Read.Facts(Sahara);

        Assert.Contains("MAR ClaimsSovereignty western-sahara 2024-03-13", statements);
        Assert.Contains("DZA RejectsAnnexation western-sahara 2024-03-14", statements);
        Assert.Contains("USA RecognizesSovereignty western-sahara 2020-12", statements);
        Assert.Contains("ControlReported 2024-03-14 MAR controls most of western-sahara", facts);
        Assert.DoesNotContain(facts, f => f.StartsWith("ReferendumHeld"));
    }
}
