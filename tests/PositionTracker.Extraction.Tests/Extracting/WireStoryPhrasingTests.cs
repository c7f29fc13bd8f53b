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

    [Theory]
    [InlineData("Zelensky said any deal on Donetsk would have to be approved by Ukrainians in a referendum.")]
    [InlineData("Local leaders in Donetsk have talked of holding a referendum of their own.")]
    [InlineData("Under the law, people in Donetsk can choose independence by a referendum.")]
    public void A_referendum_only_possible_or_talked_of_is_not_held(string sentence) =>
        Assert.Empty(Read.Facts(sentence));

    [Fact]
    public void A_referendum_nobody_recognised_was_still_held_in_the_place_the_story_is_about() =>
        Assert.Contains(Read.Facts(
                "Transnistria asked Moscow for help on Wednesday. Officials in Transnistria met in Tiraspol. Transnistria has about 350,000 people.\n\n" +
                "The sliver of land has been outside government control since 1992. Russia keeps troops there. " +
                "In a 2006 referendum that no government recognised, 97 percent of voters backed independence.", "2024-02-29"),
            f => f.StartsWith("ReferendumHeld 2006 referendum in transnistria"));

    [Fact]
    public void None_of_our_rights_can_be_bargained_away_is_a_refusal_not_a_concession() =>
        Assert.Equal(["PSE RejectsNegotiation west-bank 2024-03-14 Mahmoud Abbas"],
            Read.Statements("On the West Bank, Palestinian President Mahmoud Abbas said: \"None of our rights there can be bargained away.\""));

    [Theory]
    [InlineData("EU leaders at a summit in Brussels agreed late on Tuesday on a package aimed at Russia's banks.", "SanctionsImposed 2024-03-12 sanctions by EU against RUS")]
    [InlineData("They come on top of measures Washington imposed on Tuesday against Russia's sovereign debt.", "SanctionsImposed 2024-03-12 sanctions by USA against RUS")]
    [InlineData("Moscow answered in kind, putting President Joe Biden on an entry ban list on Tuesday.", "SanctionsImposed 2024-03-12 sanctions by RUS against USA")]
    public void Sanctions_told_in_other_words_than_imposed_sanctions(string sentence, string expected) =>
        Assert.Equal([expected], Read.Facts(sentence).Select(f => f.Split(" over ")[0]));

    [Theory]
    [InlineData("The EU agreed on Tuesday that the measures against Russia would be weighed next month.")]
    [InlineData("Washington announced it was considering penalties on Russia's banks.")]
    public void Measures_only_weighed_are_not_imposed(string sentence) =>
        Assert.Empty(Read.Facts(sentence));

    [Fact]
    public void An_undated_quotation_takes_the_recent_day_its_paragraph_gave() =>
        Assert.Equal(["TWN ClaimsSovereignty taiwan 2022-08-03 Tsai Ing-wen"],
            Read.Statements("Pelosi met President Tsai Ing-wen in Taipei on Wednesday before flying on. " +
                            "\"Taiwan will not be intimidated, and we will defend our sovereignty,\" Tsai said as the two stood side by side.", "2022-08-06"));

    [Fact]
    public void A_day_long_past_is_background_not_the_day_of_the_quotation() =>
        Assert.Equal(["TWN ClaimsSovereignty taiwan 2022-08-06 Tsai Ing-wen"],
            Read.Statements("Pelosi last met President Tsai Ing-wen on June 2, 2021. " +
                            "\"Taiwan will not be intimidated, and we will defend our sovereignty,\" Tsai said.", "2022-08-06"));

    [Fact]
    public void A_date_in_the_sentence_comes_before_what_was_said_of_the_speaker_earlier() =>
        Assert.Contains("RUS RecognizesSovereignty donetsk 2022-02-21 Vladimir Putin",
            Read.Statements("Russian forces attacked on Thursday after President Vladimir Putin announced an operation. " +
                            "The assault came days after Putin, on February 21, signed decrees recognising the Donetsk region as an independent state.", "2022-02-25"));

    [Theory]
    [InlineData("The United States acknowledges, but has never endorsed, Beijing's position that Taiwan is part of China.")]
    [InlineData("Washington noted Moscow's claim that Crimea is Russian territory.")]
    public void Another_states_position_described_is_not_the_describers(string sentence) =>
        Assert.Empty(Read.Statements(sentence));

    [Theory]
    [InlineData("Gibraltar has been under British rule since 1713.", "ControlReported 2024-03-14 GBR controls full of gibraltar")]
    [InlineData("The Zaporizhzhia region, about two-thirds of which is under Russian occupation, has lost half its people.", "ControlReported 2024-03-14 RUS controls most of zaporizhzhia")]
    [InlineData("Russian forces completed their withdrawal from the Kyiv region earlier this month.", "ControlReported 2024-03 RUS controls none of kyiv")]
    [InlineData("Russian forces completed the withdrawal from the Kyiv region earlier this month.", "ControlReported 2024-03 RUS controls none of kyiv")]
    [InlineData("Russia pulled all its remaining troops out of the Kyiv region earlier this month.", "ControlReported 2024-03 RUS controls none of kyiv")]
    public void Control_said_in_other_words(string sentence, string expected) =>
        Assert.Contains(expected, Read.Facts(sentence));

    [Theory]
    [InlineData("Putin said Russia would open negotiations as soon as Ukraine pulled its troops out of the Donetsk region.")]
    [InlineData("If Ukraine withdrew from the rest of Donetsk, Russia would control the entire Donbas.")]
    [InlineData("Russian troops withdrew from Snake Island, a rocky outcrop off the Odesa region, on Thursday.")]
    public void Terms_suppositions_and_descriptions_are_no_change_of_control(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.Contains("donetsk") || f.Contains("odesa") || f.Contains("luhansk"));

    [Theory]
    [InlineData("Japanese Prime Minister Shinzo Abe hosted Russian President Vladimir Putin at an inn in Nagato on Thursday for talks.", "TalksHeld 2024-03-14 talks between JPN, RUS (in-person) in Nagato")]
    [InlineData("Chinese President Xi Jinping and Taiwan's President Ma Ying-jeou shook hands in Singapore on Tuesday.", "TalksHeld 2024-03-12 talks between CHN, TWN (in-person) in Singapore")]
    public void Meetings_told_as_hosting_or_a_handshake(string sentence, string expected) =>
        Assert.Contains(expected, Read.Facts(sentence));

    [Fact]
    public void Welcoming_a_declaration_is_no_meeting() =>
        Assert.Empty(Read.Facts("In Kyiv, Foreign Minister Pavlo Klimkin welcomed the declaration of the United States on Wednesday."));

    [Fact]
    public void Every_verdict_in_a_dated_statement_takes_its_day() =>
        Assert.Equal(["USA RejectsAnnexation crimea 2018-07-25"],
            Read.Statements("Secretary of State Mike Pompeo on Wednesday issued a statement declaring that the United States rejects Russia's " +
                            "attempted annexation of Crimea and will hold to that position until Ukraine's territorial integrity is restored.", "2018-07-26")
                .Distinct());

    [Fact]
    public void What_a_plan_would_include_is_not_its_authors_position() =>
        Assert.Empty(Read.Statements("A framework American officials presented last week would include U.S. recognition of Crimea as part of Russia."));

    [Fact]
    public void A_vote_on_a_day_is_not_the_day_of_the_reactions_to_it() =>
        Assert.Contains("ARG RejectsAnnexation falkland-islands 2013-03-12 Alicia Castro",
            Read.Statements("Falkland Islanders have voted almost unanimously to remain a British overseas territory in a referendum.\n\n" +
                            "Of 1,517 ballots cast on Sunday and Monday, 1,513 backed keeping the islands' current status.\n\n" +
                            "Argentina said the vote changed nothing. Its ambassador in London, Alicia Castro, said the referendum on the Falklands had no legal value.", "2013-03-12"));

    [Fact]
    public void Outside_a_governments_control_is_no_control() =>
        Assert.Contains("ControlReported 2024-03-14 MDA controls none of transnistria",
            Read.Facts("Transnistria has been outside the Moldovan government's control since a short war in 1992."));

    [Theory]
    [InlineData("Israel captured the Golan Heights from Syria in 1967 and annexed the territory in 1981.", "TerritoryAnnexed 1981 golan-heights annexed by ISR from SYR")]
    [InlineData("Putin signed a treaty on Tuesday making Crimea and the city of Sevastopol part of the Russian Federation.", "TerritoryAnnexed 2024-03-12 sevastopol annexed by RUS from UKR")]
    [InlineData("Putin proclaimed the annexation of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions on Tuesday.", "TerritoryAnnexed 2024-03-12 kherson annexed by RUS from UKR")]
    [InlineData("Putin signed laws on Tuesday formally absorbing the Donetsk and Kherson regions into Russia.", "TerritoryAnnexed 2024-03-12 kherson annexed by RUS from UKR")]
    public void Annexations_told_in_other_words(string sentence, string expected) =>
        Assert.Contains(expected, Read.Facts(sentence).Select(f => f.Replace(" (annexation)", "")));

    [Fact]
    public void He_after_a_sentence_that_named_its_subject_is_that_subject_not_the_last_person_named() =>
        Assert.Equal(["UKR ClaimsSovereignty crimea 2024-03-13 Volodymyr Zelensky"],
            Read.Statements("China's foreign ministry said Xi told Zelensky that respect for sovereignty was the basis of relations.\n\n" +
                            "Zelensky said afterwards he had explained Ukraine's peace formula to Xi. \"Crimea is Ukraine,\" he said in his nightly address on Wednesday."));

    [Fact]
    public void All_our_territories_are_those_the_next_sentence_lists() =>
        Assert.Equal(["UKR DemandsReturn crimea 2024-03-14 Volodymyr Zelensky", "UKR DemandsReturn kherson 2024-03-14 Volodymyr Zelensky"],
            Read.Statements("\"Our aim is the return of all our territories,\" President Volodymyr Zelensky said. Kyiv counts among those territories Crimea and the Kherson region.")
                .Order(StringComparer.Ordinal));

    [Fact]
    public void All_our_territories_do_not_reach_into_the_next_paragraph() =>
        Assert.Empty(Read.Statements("\"Our aim is the return of all our territories,\" President Volodymyr Zelensky said.\n\nCrimea and the Kherson region lie on the Black Sea."));

    [Theory]
    [InlineData("Lithuania, Latvia and Estonia said in a joint statement that they would never recognise the annexation of Crimea.", "LTU|LVA|EST")]
    [InlineData("Both Britain and the United States said they did not recognise Russia's claim to Crimea.", "GBR|USA")]
    public void States_that_speak_together_each_hold_what_they_say(string sentence, string states) =>
        Assert.Equal(states.Split('|').Select(s => $"{s} RejectsAnnexation crimea 2024-03-14").Order(StringComparer.Ordinal),
            Read.Statements(sentence).Order(StringComparer.Ordinal));

    [Fact]
    public void A_quotation_right_after_its_verb_is_the_speakers_even_when_another_verb_follows() =>
        Assert.Equal(["CHN ClaimsSovereignty taiwan 2024-03-14"],
            Read.Statements("The Chinese foreign ministry said Taiwan was \"an inalienable part of China's territory\" and urged Washington to stop arms sales."));

    [Fact]
    public void Territories_the_story_says_were_not_named_are_not_taken_from_the_context() =>
        Assert.DoesNotContain(Read.Statements("Zelensky said Ukraine would never give up the Donetsk region. " +
                                              "Trump had said before the summit that any deal would involve \"some swapping of territories\", without saying which."),
            s => s.Contains("ProposesExchange"));

    [Fact]
    public void A_known_surname_that_is_another_persons_first_name_names_that_other_person() =>
        Assert.Empty(Read.Statements("\"The Kremlin will never hand Crimea back,\" said Pavel Orlov, a political analyst at a Moscow consultancy."));

    [Fact]
    public void A_year_that_names_a_decision_does_not_date_the_words_about_it() =>
        Assert.Contains("PAK RejectsAnnexation kashmir 2024-03-11", Read.Statements(
            "Pakistan on Monday rejected a ruling that upheld New Delhi's 2019 decision on Kashmir, saying the judgment had \"no legal value\"."));

    [Fact]
    public void Each_territory_of_a_list_takes_the_date_told_with_it() =>
        Assert.Equal(["TerritoryAnnexed 1980 east-jerusalem annexed by ISR from PSE", "TerritoryAnnexed 1981 golan-heights annexed by ISR from SYR"],
            Read.Facts("Israel effectively annexed East Jerusalem in 1980 and the Golan Heights in 1981.")
                .Where(f => f.StartsWith("TerritoryAnnexed")).Select(f => f.Replace(" (annexation)", "")));

    [Theory]
    [InlineData("Crimea's residents voted to join Russia in a disputed referendum on March 16, 2014.")]
    [InlineData("Voters in the four regions chose to join Russia, the Moscow-installed officials said on Tuesday.")]
    public void Voting_to_join_a_state_is_a_referendum_not_the_annexation(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("TerritoryAnnexed"));

    [Fact]
    public void Countermeasures_against_a_state_are_sanctions() =>
        Assert.Contains("SanctionsImposed 2024-03-14 sanctions by CHN against USA", Read.Facts("China announced countermeasures against U.S. defence firms over arms sales to Taiwan."));

    [Fact]
    public void The_state_a_territory_was_taken_from_is_not_the_one_who_annexed_it() =>
        Assert.DoesNotContain(Read.Facts("Israel captured the Golan Heights from Syria in 1967 and annexed the territory in 1981."), f => f.Contains("annexed by SYR"));

    [Theory]
    [InlineData("Spain has administered the North African enclaves of Ceuta and Melilla for centuries.", "ControlReported 2024-03-14 ESP controls full of melilla")]
    [InlineData("Northern Cyprus has been governed by a Turkish Cypriot administration since 1974.", "ControlReported 2024-03-14 NCY controls full of northern-cyprus")]
    [InlineData("Voters were asked about the disputed Essequibo region, which Guyana administers.", "ControlReported 2024-03-14 GUY controls full of essequibo")]
    [InlineData("Taiwan also governs the Kinmen and Matsu islands, which lie just off the Chinese coast.", "ControlReported 2024-03-14 TWN controls full of matsu-islands")]
    [InlineData("Any talks would be about the part of Kashmir that Pakistan holds.", "ControlReported 2024-03-14 PAK controls part of kashmir")]
    [InlineData("Pakistan rejected a ruling on the part of Kashmir it administers.", "ControlReported 2024-03-14 PAK controls part of kashmir")]
    [InlineData("Turkey keeps troops in Northern Cyprus, which the Turkish Cypriot administration has controlled since 1974.", "ControlReported 2024-03-14 NCY controls full of northern-cyprus")]
    [InlineData("India rejected a ruling on New Delhi's 2019 decision on the part of Kashmir it administers.", "ControlReported 2024-03-14 IND controls part of kashmir")]
    public void Holdings_told_by_description_passive_or_relative_clause(string sentence, string expected) =>
        Assert.Contains(expected, Read.Facts(sentence));

    [Fact]
    public void States_that_each_control_part_each_hold_part() =>
        Assert.Equal(["ControlReported 2024-03-14 CAN controls part of hans-island", "ControlReported 2024-03-14 DNK controls part of hans-island"],
            Read.Facts("Canada and Denmark now each control part of Hans Island, once the subject of a mock whisky war."));

    [Fact]
    public void A_holding_after_a_capture_is_dated_by_its_own_clause() =>
        Assert.Equal(["ControlReported 1967 ISR controls full of golan-heights", "ControlReported 2024-03-14 ISR controls most of golan-heights"],
            Read.Facts("Israel captured the Golan Heights from Syria in the 1967 war and still holds about two-thirds of the plateau."));

    [Fact]
    public void A_package_without_a_target_of_its_own_is_not_more_sanctions_on_the_last_target() =>
        Assert.Single(Read.Facts("The United States imposed sanctions on Russia on Tuesday. On Thursday, Washington announced a new aid package for farmers."),
            f => f.StartsWith("SanctionsImposed"));
}
