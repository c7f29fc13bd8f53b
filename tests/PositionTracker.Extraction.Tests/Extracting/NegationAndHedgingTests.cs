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
}
