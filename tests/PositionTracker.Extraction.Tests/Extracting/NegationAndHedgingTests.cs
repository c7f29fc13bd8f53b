namespace PositionTracker.Extraction.Tests.Extracting;

public class NegationAndHedgingTests
{
    [Fact]
    public void Not_open_to_talks_is_a_refusal() =>
        Assert.Equal(["GBR RejectsNegotiation falkland-islands 2024-03-14"],
            Read.Statements("Britain is not open to talks on the sovereignty of the Falklands, the Foreign Office said."));

    [Fact]
    public void Refusing_to_return_a_territory_is_a_refusal_to_negotiate_not_a_demand() =>
        Assert.Equal(["RUS RejectsNegotiation kuril-islands 2024-03-14"],
            Read.Statements("Russia will not return the Kuril Islands to Japan, the Kremlin said."));

    [Fact]
    public void A_negation_that_belongs_to_another_cue_is_not_counted_twice() =>
        Assert.Equal(["CHN RejectsNegotiation spratly-islands 2024-03-14", "CHN ClaimsSovereignty spratly-islands 2024-03-14"],
            Read.Statements("Beijing said it would never renounce its claims to the Spratly Islands."));

    [Fact]
    public void What_could_happen_is_not_a_stated_position() =>
        Assert.Empty(Read.Statements("The minister said the islands could be returned to Japan one day."));

    [Fact]
    public void A_condition_on_an_open_offer_keeps_the_offer() =>
        Assert.Equal(["RUS OpenToNegotiation kherson 2024-03-14"],
            Read.Statements("Moscow said it was open to negotiations on Kherson if Kyiv accepted the new realities."));

    [Fact]
    public void The_side_holding_a_territory_does_not_demand_it_back() =>
        Assert.DoesNotContain(Read.Statements("Moscow said it would liberate Kherson."), s => s.Contains("DemandsReturn"));

    [Theory]
    [InlineData("\"Do we intend to give Crimea back to anyone? Of course not,\" Putin said on Thursday.", "RUS RejectsNegotiation crimea 2024-03-14 Vladimir Putin")]
    [InlineData("\"Will Russia ever return Crimea? No,\" Putin said on Thursday.", "RUS RejectsNegotiation crimea 2024-03-14 Vladimir Putin")]
    public void A_question_answered_no_is_a_refusal(string text, string expected) =>
        Assert.Equal([expected], Read.Statements(text));

    [Fact]
    public void A_question_left_open_states_nothing() =>
        Assert.Empty(Read.Statements("\"Should Russia give Crimea back to Ukraine?\" the presenter asked Peskov on Thursday."));

    [Fact]
    public void Not_ceding_an_inch_is_a_refusal_however_many_rules_read_it() =>
        Assert.Equal(["UKR RejectsNegotiation donetsk 2024-03-14 Volodymyr Zelensky", "UKR RejectsNegotiation luhansk 2024-03-14 Volodymyr Zelensky"],
            Read.Statements("President Volodymyr Zelensky said Ukraine would not cede an inch of the Donbas."));

    [Theory]
    [InlineData("Kyiv will never stop demanding that Russia withdraw from Crimea, Foreign Minister Dmytro Kuleba said on Thursday.")]
    [InlineData("Foreign Minister Dmytro Kuleba said on Thursday that Ukraine would not rest until Crimea was returned.")]
    public void A_negation_that_insists_keeps_the_demand(string sentence) =>
        Assert.Contains("UKR DemandsReturn crimea 2024-03-14 Dmytro Kuleba", Read.Statements(sentence));

    [Fact]
    public void A_plain_refusal_to_withdraw_is_still_a_refusal() =>
        Assert.DoesNotContain(Read.Statements("Russia will never withdraw from Crimea, Foreign Minister Sergei Lavrov said on Thursday."),
            s => s.Contains("DemandsReturn"));
}
