namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Fact events in the wordings different wire services use, and the look-alikes that are not facts. Published Thursday 14 March 2024.</summary>
public class WireFactsTests
{
    [Theory]
    [InlineData("Blinken held a call with Chinese Foreign Minister Wang Yi on Tuesday.")]
    [InlineData("Blinken had a phone call with Chinese Foreign Minister Wang Yi on Tuesday.")]
    [InlineData("Blinken telephoned Chinese Foreign Minister Wang Yi on Tuesday.")]
    [InlineData("Blinken phoned Chinese Foreign Minister Wang Yi on Tuesday.")]
    [InlineData("Blinken had a telephone conversation with Chinese Foreign Minister Wang Yi on Tuesday.")]
    public void A_call_in_other_words_is_a_call(string sentence) =>
        Assert.Equal(["TalksHeld 2024-03-12 talks between USA, CHN (phone)"], Read.Facts(sentence));

    [Theory]
    [InlineData("Greek and Turkish diplomats had talks in Athens on Tuesday.")]
    [InlineData("Greek and Turkish diplomats held a fresh round of negotiations in Athens on Tuesday.")]
    [InlineData("Greek and Turkish diplomats had a meeting in Athens on Tuesday.")]
    [InlineData("Greek and Turkish diplomats huddled in Athens on Tuesday.")]
    public void A_meeting_in_other_words_is_a_meeting(string sentence) =>
        Assert.Equal(["TalksHeld 2024-03-12 talks between GRC, TUR (in-person) in Athens"], Read.Facts(sentence));

    [Theory]
    [InlineData("Sybiha sat down with Rubio in the Saudi port city of Jeddah on Tuesday.")]
    [InlineData("Sybiha sat down with Rubio in Jeddah on Tuesday, with Saudi officials acting as hosts.")]
    [InlineData("Sybiha sat down with Rubio in Jeddah on Tuesday under Saudi mediation.")]
    [InlineData("Sybiha sat down with Rubio in Jeddah on Tuesday to discuss the fighting in eastern Russia.")]
    public void Hosts_places_and_topics_are_not_parties(string sentence) =>
        Assert.Equal(["2024-03-12 talks between UKR, USA"], Read.Facts(sentence).Select(f => string.Join(" ", f.Split(' ').Skip(1).Take(5))));

    [Theory]
    [InlineData("The U.N. Security Council met on Tuesday to discuss the fighting in Ukraine.")]
    [InlineData("Russia's Security Council met on Tuesday to discuss Ukraine.")]
    [InlineData("The EU foreign affairs council met in Brussels on Tuesday and discussed Russia.")]
    [InlineData("The Kremlin said a meeting between Putin and Zelensky was possible once a document was ready.")]
    [InlineData("A meeting between Putin and Zelensky is unlikely before the summer, the Kremlin said.")]
    [InlineData("Morocco rejected any negotiations with the Polisario Front.")]
    [InlineData("There were no talks between Russia and Ukraine on Tuesday.")]
    [InlineData("A video call between the leaders of Thailand and Cambodia was put off on Tuesday.")]
    [InlineData("A meeting of Serbian and Kosovar negotiators was pushed back to next week.")]
    [InlineData("Talks between Greece and Turkey were shelved on Tuesday.")]
    public void Sessions_prospects_and_refusals_are_not_talks(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("TalksHeld"));

    [Fact]
    public void Talks_under_way_are_talks() =>
        Assert.Contains("TalksHeld 2024-03-12 talks between RUS, UKR (in-person) in Istanbul",
            Read.Facts("Talks between Russia and Ukraine were under way in Istanbul on Tuesday."));
}

/// <summary>Sanctions in wire wordings, and measures only weighed. Published Thursday 14 March 2024.</summary>
public class WireSanctionsTests
{
    [Theory]
    [InlineData("China sanctioned three U.S. defence firms on Tuesday.", "CHN", "USA")]
    [InlineData("The U.S. Treasury blacklisted dozens of Russian banks on Tuesday.", "USA", "RUS")]
    [InlineData("The European Union froze the assets of six Russian officials on Tuesday.", "EU", "RUS")]
    [InlineData("Britain announced asset freezes on Russian oligarchs on Tuesday.", "GBR", "RUS")]
    [InlineData("Washington added Chinese firms to an export blacklist on Tuesday for supplying Russia's army.", "USA", "CHN")]
    [InlineData("Washington added Chinese firms to its entity list on Tuesday.", "USA", "CHN")]
    public void A_measure_in_other_words_is_sanctions(string sentence, string by, string against) =>
        Assert.Contains($"SanctionsImposed 2024-03-12 sanctions by {by} against {against}", Read.Facts(sentence));

    [Theory]
    [InlineData("EU ministers discussed a new sanctions package against Russia on Tuesday.")]
    [InlineData("The Commission proposed sanctions on Russian LNG on Tuesday.")]
    [InlineData("The United States and Britain announced sanctions on Iran-backed militias on Tuesday.")]
    [InlineData("The EU did not impose sanctions on Azerbaijan on Tuesday.")]
    public void Measures_weighed_withheld_or_aimed_at_proxies_are_not_sanctions_on_a_state(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("SanctionsImposed"));
}
