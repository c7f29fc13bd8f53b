namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Turns of phrase of wire stories that change what a sentence says. Published Thursday 14 March 2024.</summary>
public class WireStoryPhrasingTests
{
    [Fact]
    public void Control_of_a_share_of_a_country_including_its_regions_is_read_region_by_region() =>
        Assert.Equal(
            ["ControlReported 2024-03-14 RUS controls most of luhansk", "ControlReported 2024-03-14 RUS controls most of donetsk",
             "ControlReported 2024-03-14 RUS controls part of zaporizhzhia", "ControlReported 2024-03-14 RUS controls part of kherson"],
            Read.Facts("Russian forces control about 19 percent of Ukraine, including nearly all of Luhansk and roughly 80 percent of Donetsk, and parts of Zaporizhzhia and Kherson."));

    [Fact]
    public void Control_of_a_share_of_a_country_alone_names_no_region() =>
        Assert.Empty(Read.Facts("Russian forces control about 19 percent of Ukraine, the general staff said."));

    [Theory]
    [InlineData("That draft would have required Ukraine to withdraw from Donetsk, officials said.")]
    [InlineData("The plan could have let Russia keep Crimea, diplomats said.")]
    public void What_a_plan_never_adopted_would_have_done_is_nobody_s_position(string sentence) =>
        Assert.Empty(Read.Statements(sentence));

    [Theory]
    [InlineData("Peskov said that for Russia a settlement still meant Ukrainian forces leaving Donetsk.")]
    [InlineData("Peskov said any peace deal means Ukrainian troops leaving Donetsk.")]
    public void The_terms_a_side_sets_for_a_settlement_are_its_demand(string sentence) =>
        Assert.Equal(["RUS DemandsReturn donetsk 2024-03-14 Dmitry Peskov"], Read.Statements(sentence));

    [Fact]
    public void What_a_withdrawal_meant_on_the_ground_is_no_demand() =>
        Assert.Empty(Read.Statements("Peskov said the retreat meant Ukrainian forces leaving Donetsk."));

    [Fact]
    public void The_body_named_right_before_a_verdict_holds_it_and_that_year_is_the_year_just_named() =>
        Assert.Contains("UN RejectsAnnexation east-jerusalem 1980",
            Read.Statements("Israel captured East Jerusalem in the 1967 war. It annexed East Jerusalem in 1980, a step the UN Security Council declared null and void that year.", "2020-01-29"));
}
