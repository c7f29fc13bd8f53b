namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>What happened, with the date the article gives it. Published on Thursday 14 March 2024 unless said.</summary>
public class FactsTests
{
    [Fact]
    public void A_historic_annexation_keeps_its_own_year() =>
        Assert.Equal(["TerritoryAnnexed 1981 golan-heights annexed by ISR from SYR"],
            Read.Facts("Israel annexed the Golan Heights in 1981, a move most countries have never accepted."));

    [Fact]
    public void An_annexation_without_a_date_in_the_article_is_not_guessed() =>
        Assert.Empty(Read.Facts("Russia annexed Crimea, the minister recalled."));

    [Fact]
    public void The_annexed_regions_as_a_description_are_not_a_new_annexation() =>
        Assert.Empty(Read.Facts("Officials from the annexed regions travelled to the capital in 2023."));

    [Fact]
    public void A_vote_no_date_was_set_for_is_not_a_referendum_held() =>
        Assert.DoesNotContain(Read.Facts("Greenland's prime minister said the island would keep working towards independence, without setting any date for a vote on it."),
            f => f.StartsWith("ReferendumHeld"));

    [Fact]
    public void A_referendum_with_its_result() =>
        Assert.Equal(["ReferendumHeld 2013-03 referendum in falkland-islands: 99.8 percent of voters chose to remain British"],
            Read.Facts("In March 2013 the Falklands held a referendum, in which 99.8 percent of voters chose to remain British."));

    [Fact]
    public void A_referendum_mentioned_in_a_quotation_is_someone_speaking_not_the_article_reporting() =>
        Assert.Empty(Read.Facts("“The people of Crimea voted in a referendum in 2014,” the envoy said."));

    [Fact]
    public void Talks_in_a_city_between_the_states_of_the_officials_who_met() =>
        Assert.Equal(["TalksHeld 2024-03-11 talks between JPN, RUS (in-person) in Geneva"],
            Read.Facts("Japanese and Russian diplomats met in Geneva on Monday to discuss the Kuril Islands."));

    [Fact]
    public void A_phone_call_between_two_leaders() =>
        Assert.Equal(["TalksHeld 2024-03-08 talks between ARM, AZE (phone)"],
            Read.Facts("The leaders of Armenia and Azerbaijan held a phone call on Friday."));

    [Fact]
    public void Talks_announced_for_later_are_not_talks_yet() =>
        Assert.Empty(Read.Facts("Officials from Serbia and Kosovo will meet in Brussels next week."));

    [Fact]
    public void Sanctions_by_one_state_against_another() =>
        Assert.Equal(["SanctionsImposed 2024-03-11 sanctions by EU against RUS"],
            Read.Facts("The European Union imposed new sanctions on Russia on Monday over the seizure of the ports."));

    [Theory]
    [InlineData("Prime Minister Rishi Sunak condemned the attack on Monday. Hours later his government imposed sanctions on Iran.", "GBR against IRN")]
    [InlineData("President Joe Biden spoke to allies on Tuesday. His administration then announced sanctions against Russia.", "USA against RUS")]
    public void A_government_named_by_whose_it_is_imposes_as_that_state(string story, string expected) =>
        Assert.EndsWith($"sanctions by {expected}", Assert.Single(Read.Facts(story)));

    [Fact]
    public void The_administration_of_no_one_named_imposes_nothing() =>
        Assert.Empty(Read.Facts("Hours later, the administration imposed sanctions on Russia."));

    [Theory]
    [InlineData("Ukraine's foreign ministry said on Wednesday that Russia's purported annexation of the Kherson region was legally void.")]
    [InlineData("The assembly condemned Russia's attempted annexation of the Donetsk region on Wednesday.")]
    [InlineData("Kyiv called the sham annexation of the Luhansk region on Wednesday a land grab.")]
    public void An_annexation_called_purported_attempted_or_sham_is_not_reported_as_one(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("TerritoryAnnexed"));

    [Fact]
    public void Control_with_an_extent_for_each_territory() =>
        Assert.Equal([
                "ControlReported 2024-03-14 RUS controls most of donetsk",
                "ControlReported 2024-03-14 RUS controls part of zaporizhzhia",
            ],
            Read.Facts("Russian forces control most of the Donetsk region and parts of Zaporizhzhia."));

    [Fact]
    public void Not_fully_controlling_is_partial_control() =>
        Assert.Equal(["ControlReported 2024-03-14 MAR controls part of western-sahara"],
            Read.Facts("Morocco does not fully control Western Sahara."));

    [Fact]
    public void Wanting_control_is_not_having_it() =>
        Assert.Empty(Read.Facts("Azerbaijan sought full control over Nagorno-Karabakh for years."));

    [Fact]
    public void A_state_taking_full_control_of_its_own_recognised_territory_is_reported() =>
        Assert.Equal(["ControlReported 2023-09 AZE controls full of nagorno-karabakh"],
            Read.Facts("Azerbaijan took full control of Nagorno-Karabakh in September 2023 after a one-day offensive."));

    [Fact]
    public void A_claimant_seizing_the_territory_it_claims_is_an_annexation() =>
        Assert.Equal(["TerritoryAnnexed 2014-03 crimea annexed by RUS from UKR"],
            Read.Facts("Russia seized control of Crimea in March 2014."));

    [Fact]
    public void A_withdrawal_and_a_later_recapture_joined_by_and_each_keep_their_own_territories_and_dates() =>
        Assert.Equal(["ControlReported 2022-03 RUS controls none of sumy", "ControlReported 2022-09 UKR controls most of kharkiv"],
            Read.Facts("In March, Russian troops withdrew from the Sumy region, and by September a Ukrainian offensive had retaken most of the Kharkiv region.", "2022-12-01"));

    [Theory]
    [InlineData("Moscow-installed officials staged votes in the Kherson and Zaporizhzhia regions in September, under armed guard.")]
    [InlineData("Russian-backed authorities organised a vote on joining Russia in the Kherson and Zaporizhzhia regions in September.")]
    public void Votes_staged_or_organised_on_joining_are_referendums_in_each_region(string sentence) =>
        Assert.Equal(["ReferendumHeld 2022-09 referendum in kherson", "ReferendumHeld 2022-09 referendum in zaporizhzhia"],
            Read.Facts(sentence, "2022-10-05"));

    [Theory]
    [InlineData("Russia keeps troops in Transnistria, which broke away in 1992 and has been outside the control of the government in Chisinau ever since.", "ControlReported 2024-03-14 MDA controls none of transnistria")]
    [InlineData("Nagorno-Karabakh had been beyond the control of Baku since the war of the early 1990s, a diplomat said.", "ControlReported 2024-03-14 AZE controls none of nagorno-karabakh")]
    public void Outside_or_beyond_the_control_of_a_state_is_none_of_it(string sentence, string expected) =>
        Assert.Contains(expected, Read.Facts(sentence));
}
