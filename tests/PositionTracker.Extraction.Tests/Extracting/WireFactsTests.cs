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
    [InlineData("Blinken was on the phone with Chinese Foreign Minister Wang Yi on Tuesday.")]
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
    [InlineData("The summit with Putin was called off on Tuesday.")]
    [InlineData("A meeting between Serbian and Kosovo negotiators scheduled for Thursday has been called off.")]
    [InlineData("The talks between Greek and Turkish officials, postponed twice this year, will not take place.")]
    [InlineData("Kosovo's prime minister snubbed a meeting with Serbia's president in Brussels on Tuesday.")]
    [InlineData("Lavrov skipped a meeting with Blinken in New Delhi on Tuesday.")]
    [InlineData("Qatar hosted talks between Israel and Hamas in Doha on Tuesday.")]
    [InlineData("Egypt brokered a round of negotiations between Israel and Hamas in Cairo on Tuesday.")]
    public void Sessions_prospects_and_refusals_are_not_talks(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("TalksHeld"));

    [Theory]
    [InlineData("Pakistan's army chief and India's director general of military operations spoke over a hotline on Tuesday.")]
    [InlineData("Pakistan's top general and India's army commander talked by phone on Tuesday.")]
    public void An_office_after_a_possessive_names_a_party(string sentence) =>
        Assert.Contains("TalksHeld 2024-03-12 talks between PAK, IND (phone)", Read.Facts(sentence));

    [Fact]
    public void A_possessive_before_a_loss_names_no_party() =>
        Assert.DoesNotContain(Read.Facts("Russian and U.S. officials met in Riyadh on Tuesday to talk about Ukraine's losses."), f => f.Contains("UKR"));

    [Theory]
    [InlineData("Turkey hosted talks between Russia and Ukraine in Istanbul on Tuesday.")]
    [InlineData("Turkey convened talks between Russia and Ukraine in Istanbul on Tuesday.")]
    public void The_host_of_talks_is_not_a_party(string sentence) =>
        Assert.Equal(["TalksHeld 2024-03-12 talks between RUS, UKR (in-person) in Istanbul"], Read.Facts(sentence));

    [Theory]
    [InlineData("Danish and Greenlandic officials met with a U.S. delegation in Washington on Tuesday.", "DNK, GRL, USA")]
    public void A_territory_with_a_government_of_its_own_takes_part_through_its_officials(string sentence, string parties) =>
        Assert.Contains($"talks between {parties} (in-person)", string.Join("|", Read.Facts(sentence)));

    [Fact]
    public void A_territory_named_as_a_place_or_topic_is_no_party() =>
        Assert.DoesNotContain("TWN", string.Join("|", Read.Facts("Chinese and American officials met in Bangkok on Tuesday to discuss Taiwan.")));

    [Fact]
    public void A_leader_hosting_another_meets_them() =>
        Assert.Contains("TalksHeld 2024-03-12 talks between TUR, UKR (in-person) in Ankara", Read.Facts("Erdogan hosted Zelensky in Ankara on Tuesday."));

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
    [InlineData("Britain hit Moscow with fresh sanctions on Tuesday.", "GBR", "RUS")]
    [InlineData("The EU slapped Belarus with new penalties on Tuesday.", "EU", "BLR")]
    public void A_measure_in_other_words_is_sanctions(string sentence, string by, string against) =>
        Assert.Contains($"SanctionsImposed 2024-03-12 sanctions by {by} against {against}", Read.Facts(sentence));

    [Theory]
    [InlineData("EU ministers discussed a new sanctions package against Russia on Tuesday.")]
    [InlineData("The Commission proposed sanctions on Russian LNG on Tuesday.")]
    [InlineData("The United States and Britain announced sanctions on Iran-backed militias on Tuesday.")]
    [InlineData("The EU did not impose sanctions on Azerbaijan on Tuesday.")]
    [InlineData("Russian missiles hit Kyiv with devastating force on Tuesday.")]
    [InlineData("The United States renewed its sanctions on Russia on Tuesday.")]
    [InlineData("EU governments prolonged the sanctions on Russia for six months on Tuesday.")]
    [InlineData("Washington maintained its sanctions on Venezuela on Tuesday.")]
    public void Measures_weighed_withheld_or_aimed_at_proxies_are_not_sanctions_on_a_state(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("SanctionsImposed"));
}

/// <summary>Control, annexation and referendums in wire wordings, and what looks like them. Published Thursday 14 March 2024.</summary>
public class WireControlTests
{
    [Theory]
    [InlineData("Russia controls roughly 18 percent of Ukraine, including Crimea.")]
    [InlineData("Russia occupies about a fifth of Ukraine, including Crimea.")]
    [InlineData("Russian forces hold some 19 percent of Ukraine, including the Crimean peninsula.")]
    public void A_region_named_after_a_share_of_the_country_is_held_in_full(string sentence) =>
        Assert.Contains("ControlReported 2024-03-14 RUS controls full of crimea", Read.Facts(sentence));

    [Fact]
    public void A_region_named_after_the_country_keeps_its_own_share() =>
        Assert.Contains("ControlReported 2024-03-14 RUS controls most of luhansk",
            Read.Facts("Russia controls roughly 18 percent of Ukraine, including almost all of Luhansk."));

    [Theory]
    [InlineData("Trump said the United States should take over Greenland.")]
    [InlineData("The minister said Ukraine must retake Crimea.")]
    [InlineData("China may seize Kinmen in a crisis, a report said.")]
    [InlineData("Russian troops hold the Zaporizhzhia nuclear plant.")]
    [InlineData("Russian forces seized Kherson airport in March.")]
    public void What_ought_to_be_and_sites_named_after_a_region_are_not_control_of_it(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("ControlReported"));

    [Theory]
    [InlineData("Azerbaijan has restored its sovereignty over all of Nagorno-Karabakh.")]
    [InlineData("Azerbaijan has restored control over Nagorno-Karabakh.")]
    [InlineData("Azerbaijan took full control over Nagorno-Karabakh.")]
    [InlineData("Azerbaijan has established control over Nagorno-Karabakh.")]
    public void Control_restored_or_taken_over_a_region_is_full(string sentence) =>
        Assert.Contains("ControlReported 2024-03-14 AZE controls full of nagorno-karabakh", Read.Facts(sentence));

    [Theory]
    [InlineData("Ukraine's army has been pushed out of the Kursk region.")]
    [InlineData("Ukrainian troops were forced out of the Kursk region.")]
    [InlineData("Ukrainian forces have been driven from the Kursk region.")]
    [InlineData("Ukraine lost control over the Kursk region.")]
    public void A_side_pushed_out_holds_none(string sentence) =>
        Assert.Contains("ControlReported 2024-03-14 UKR controls none of kursk", Read.Facts(sentence));

    [Theory]
    [InlineData("Moscow claims to have captured 90 percent of Donetsk.")]
    [InlineData("Russia claimed to have taken full control of Luhansk.")]
    public void One_side_claiming_a_capture_is_not_a_report_of_it(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("ControlReported"));

    [Theory]
    [InlineData("India administers about 55 percent of Kashmir and Pakistan about 30 percent.")]
    [InlineData("India controls most of Kashmir and Pakistan a third, while China holds the rest.")]
    public void A_second_holder_with_its_verb_left_out_holds_its_share(string sentence) =>
        Assert.Contains("ControlReported 2024-03-14 PAK controls part of kashmir", Read.Facts(sentence));

    [Theory]
    [InlineData("Russia controls Crimea and Ukraine the rest of the south.")]
    [InlineData("India holds most of Kashmir and Pakistan said on Tuesday it would respond.")]
    public void A_state_after_and_without_a_share_of_its_own_holds_nothing(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.Contains("UKR controls") || f.Contains("PAK controls"));

    [Theory]
    [InlineData("Israel occupies the Golan Heights, which it captured in 1967.")]
    [InlineData("Israel holds the Golan Heights, which its troops seized in 1967.")]
    public void A_taking_told_in_a_relative_clause_is_dated_by_it(string sentence) =>
        Assert.Contains("ControlReported 1967 ISR controls full of golan-heights", Read.Facts(sentence));

    [Fact]
    public void A_relative_clause_about_something_else_takes_nothing() =>
        Assert.DoesNotContain(Read.Facts("Israel occupies the Golan Heights, which it says it will never give up."), f => f.StartsWith("ControlReported 19"));

    [Theory]
    [InlineData("Taiwan controls Itu Aba, the largest island in the Spratlys.")]
    [InlineData("Taiwan controls Itu Aba, a speck of land in the Spratlys.")]
    public void An_apposition_describes_and_adds_no_territory(string sentence) =>
        Assert.Equal(["ControlReported 2024-03-14 TWN controls full of itu-aba"], Read.Facts(sentence));

    [Theory]
    [InlineData("Vietnam occupies more features in the Spratly Islands than any other claimant.")]
    [InlineData("Vietnam holds 29 outposts in the Spratly Islands.")]
    public void Features_in_an_archipelago_are_part_of_it(string sentence) =>
        Assert.Contains("ControlReported 2024-03-14 VNM controls part of spratly-islands", Read.Facts(sentence));

    [Theory]
    [InlineData("Guyana asked the World Court to stop Venezuela from holding a referendum on Essequibo.")]
    [InlineData("A court in Caracas postponed the referendum on Essequibo.")]
    public void A_vote_stopped_or_put_off_is_not_held(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("ReferendumHeld"));

    [Theory]
    [InlineData("Bougainville held a non-binding independence vote in 2019.")]
    [InlineData("Bougainville held a non-binding referendum on independence in 2019.")]
    public void A_non_binding_vote_was_still_held(string sentence) =>
        Assert.Contains("ReferendumHeld 2019 referendum in bougainville", string.Join("|", Read.Facts(sentence)));

    [Fact]
    public void A_vote_not_held_is_not_held() =>
        Assert.DoesNotContain(Read.Facts("Bougainville has not held a referendum on independence since 2019."), f => f.StartsWith("ReferendumHeld"));

    [Fact]
    public void Signing_treaties_to_absorb_regions_annexes_them() =>
        Assert.Contains("TerritoryAnnexed 2022-09-30 kherson annexed by RUS from UKR",
            Read.Facts("Putin signed treaties on Friday to absorb four Ukrainian regions into Russia: Donetsk, Luhansk, Zaporizhzhia and Kherson.", "2022-10-01"));
}

/// <summary>A seizure is a change of hands, not the formal act of annexing. Published Thursday 14 March 2024.</summary>
public class SeizureIsNotAnnexationTests
{
    [Theory]
    [InlineData("Israel seized the Golan Heights from Syria in 1967.")]
    [InlineData("China seized the Paracel Islands from South Vietnam in 1974.")]
    public void A_claimant_seizing_a_territory_takes_control_without_annexing_it(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("TerritoryAnnexed"));

    [Fact]
    public void A_seizure_then_an_annexation_is_both() =>
        Assert.Contains("TerritoryAnnexed 1981 golan-heights annexed by ISR from SYR",
            Read.Facts("Israel seized the Golan Heights from Syria in 1967 and annexed it in 1981."));
}

/// <summary>A holding the sentence says has ended. Published Thursday 14 March 2024.</summary>
public class EndedHoldingTests
{
    [Theory]
    [InlineData("Armenian forces controlled Nagorno-Karabakh for three decades until 2023.")]
    [InlineData("Britain administered the Chagos Islands until last year.")]
    [InlineData("Russia occupied Snake Island until June 2022.")]
    public void A_holding_that_lasted_until_a_date_is_not_a_holding(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("ControlReported") && !f.Contains("none"));

    [Fact]
    public void A_holding_still_going_on_is_one() =>
        Assert.Contains("ControlReported 2024-03-14 RUS controls full of crimea", Read.Facts("Russia has controlled Crimea since 2014."));
}
