namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>The same positions in other words. Published on Thursday 14 March 2024.</summary>
public class PhrasingTests
{
    [Theory]
    [InlineData("Beijing insists Taiwan is its territory.", "CHN ClaimsSovereignty taiwan 2024-03-14")]
    [InlineData("Buenos Aires vowed to retake the Falklands.", "ARG DemandsReturn falkland-islands 2024-03-14")]
    [InlineData("Seoul called on Tokyo to stop claiming the Liancourt Rocks, which it says belong to South Korea.", "KOR ClaimsSovereignty dokdo 2024-03-14")]
    [InlineData("Manila rejected China's claim to Scarborough Shoal on Monday.", "PHL RejectsAnnexation scarborough-shoal 2024-03-11")]
    [InlineData("China's claim to the Paracel Islands is beyond dispute, Beijing said.", "CHN ClaimsSovereignty paracel-islands 2024-03-14")]
    [InlineData("The Philippines accused China of illegally occupying Mischief Reef.", "PHL RejectsAnnexation mischief-reef 2024-03-14")]
    [InlineData("Georgia called on Russia to withdraw its troops from South Ossetia.", "GEO DemandsReturn south-ossetia 2024-03-14")]
    [InlineData("The EU said it supports Moldova's territorial integrity, including Transnistria.", "EU RejectsAnnexation transnistria 2024-03-14")]
    [InlineData("Venezuela said on Sunday that Essequibo belongs to Venezuela.", "VEN ClaimsSovereignty essequibo 2024-03-10")]
    [InlineData("Guyana said the Essequibo region is not up for negotiation.", "GUY RejectsNegotiation essequibo 2024-03-14")]
    public void One_sentence_one_position(string sentence, string expected) =>
        Assert.Equal([expected], Read.Statements(sentence));

    [Theory]
    [InlineData("The islands, Argentina's foreign minister said, are Argentine territory and always will be.")]
    [InlineData("Talks on the islands were held in 1995 without result.")]
    [InlineData("The weather on the Falklands was cold, the islanders said.")]
    [InlineData("Japan and Russia could hold talks on the Kuril Islands next year.")]
    public void No_position_where_none_is_stated_or_the_holder_cannot_be_told(string sentence) =>
        Assert.DoesNotContain(Read.Statements(sentence), s => s.Contains("DemandsReturn") || s.Contains("RejectsNegotiation") || s.Contains("Concedes"));
}
