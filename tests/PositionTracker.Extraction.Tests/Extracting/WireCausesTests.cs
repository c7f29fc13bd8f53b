namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Structural causes found with the wire bank (statements.wire.train): negation scope, hypotheticals, offers, and who speaks.</summary>
public class WireCausesTests
{
    [Fact]
    public void A_supposition_with_were_to_is_not_a_demand() =>
        Assert.Empty(Read.Statements("If Russia were to pull its forces out of the Kherson region, Kyiv might consider a ceasefire, a diplomat said."));

    [Theory]
    [InlineData("Should Ukraine be forced to cede the Donbas, the war would only resume later, a former commander warned.")]
    [InlineData("Were Russia to withdraw from the Kherson region, Kyiv would consider a ceasefire, the diplomat said.")]
    public void A_condition_put_first_by_inversion_states_nothing(string sentence) =>
        Assert.Empty(Read.Statements(sentence));

    [Fact]
    public void What_is_denied_is_not_held() =>
        Assert.Empty(Read.Statements("The Kremlin denied reports that it was ready to discuss the status of the Zaporizhzhia region."));

    [Fact]
    public void Going_to_recover_is_an_intent_like_will() =>
        Assert.Contains("VEN DemandsReturn essequibo 2024-03-14 Nicolas Maduro",
            Read.Statements("\"The Essequibo belongs to Venezuela, and we are going to recover it,\" President Nicolas Maduro said on Thursday."));

    [Fact]
    public void A_negation_before_the_fact_that_does_not_reach_what_follows() =>
        Assert.Equal(["IND ClaimsSovereignty arunachal-pradesh 2024-03-14 S. Jaishankar"],
            Read.Statements("External Affairs Minister S. Jaishankar said on Thursday that renaming places in Arunachal Pradesh would not change the fact that it was an Indian state."));

    [Fact]
    public void A_negation_another_cue_reads_reaches_the_passive_verb_of_its_clause() =>
        Assert.Equal(["GUY RejectsNegotiation essequibo 2024-03-14 Irfaan Ali"],
            Read.Statements("Guyana's President Irfaan Ali said on Thursday that not one square inch of the Essequibo would be surrendered to Venezuela."));

    [Fact]
    public void Not_giving_up_a_claim_keeps_the_claim() =>
        Assert.Equal(["ESP ClaimsSovereignty gibraltar 2024-03-14 Jose Manuel Albares"],
            Read.Statements("Spain has not given up its claim to sovereignty over Gibraltar, Foreign Minister Jose Manuel Albares said on Thursday."));

    [Theory]
    [InlineData("Washington has offered to recognise Crimea as part of Russia as part of a peace deal, officials said.")]
    [InlineData("The plan to recognise Crimea as Russian was drafted in Washington, the newspaper said.")]
    [InlineData("Washington is prepared to recognise Moroccan sovereignty over Western Sahara as part of a deal, officials said.")]
    public void Recognition_on_offer_is_not_recognition_given(string sentence) =>
        Assert.DoesNotContain(Read.Statements(sentence), s => s.Contains("RecognizesSovereignty"));

    [Fact]
    public void An_agreement_recognising_a_claim_is_not_the_speakers_recognition() =>
        Assert.Equal(["UKR RejectsAnnexation crimea 2024-03-14"],
            Read.Statements("The foreign ministry in Kyiv said on Thursday that any agreement recognising Crimea as Russian would be null and void."));

    [Theory]
    [InlineData("Ukrainian opposition lawmaker Yulia Tymoshenko said Crimea should be returned to Ukraine.")]
    [InlineData("A former Indian army chief said on Thursday that New Delhi should retake Gilgit-Baltistan.")]
    [InlineData("Opposition leader Keir Starmer said on Thursday that the Falklands would always be British.")]
    public void Opposition_and_former_officials_do_not_speak_for_the_state(string sentence) =>
        Assert.Empty(Read.Statements(sentence));

    [Fact]
    public void An_office_with_no_country_speaks_for_the_state_its_clause_is_about() =>
        Assert.Equal(["RUS RejectsNegotiation kherson 2024-03-14 Sergei Ryabkov"],
            Read.Statements("Moscow has no intention of handing back the Kherson region, Deputy Foreign Minister Sergei Ryabkov said on Thursday."));

    [Fact]
    public void A_position_restated_by_someone_is_theirs() =>
        Assert.Contains(Read.Statements("London's refusal to discuss sovereignty over the Falklands was restated on Thursday by Foreign Secretary David Cameron, who told parliament the islanders' wishes were paramount."),
            s => s.StartsWith("GBR RejectsNegotiation falkland-islands 2024-03-14"));

    [Theory]
    [InlineData("Analysts at a Singapore think tank said Beijing's claim to Taiwan was driving the expansion of the Chinese navy.")]
    public void A_claim_described_by_another_voice_is_not_stated(string sentence) =>
        Assert.Empty(Read.Statements(sentence));

    [Fact]
    public void A_claim_stated_by_its_own_side_still_counts() =>
        Assert.Equal(["CHN ClaimsSovereignty paracel-islands 2024-03-14"],
            Read.Statements("China's claim to the Paracel Islands is beyond dispute, a foreign ministry spokesman said on Thursday."));

    [Fact]
    public void A_claim_rejected_in_the_passive_is_the_agents_rejection() =>
        Assert.Equal(["GUY RejectsAnnexation essequibo 2024-03-14"],
            Read.Statements("Venezuela's claim to the Essequibo was dismissed by Guyana's foreign ministry on Thursday as baseless."));

    [Fact]
    public void The_plural_noun_closing_a_list_of_names_belongs_to_the_list() =>
        Assert.Equal(["POL RejectsAnnexation donetsk 2024-03-13 Radoslaw Sikorski", "POL RejectsAnnexation luhansk 2024-03-13 Radoslaw Sikorski"],
            Read.Statements("Polish Foreign Minister Radoslaw Sikorski said on Wednesday that the Donetsk and Luhansk regions were Ukrainian."));

    [Fact]
    public void A_present_tense_claim_is_dated_by_the_attribution_at_the_end() =>
        Assert.Equal(["UKR DemandsReturn crimea 2024-03-12"],
            Read.Statements("Kyiv insists that Russia withdraw its troops from all Ukrainian territory, including Crimea, the foreign ministry reiterated on Tuesday."));

    [Fact]
    public void By_force_after_a_retaking_is_its_means_not_a_seizure() =>
        Assert.Equal(["UKR ConcedesControl crimea 2024-03-11 Volodymyr Zelensky", "UKR ConcedesControl donetsk 2024-03-11 Volodymyr Zelensky",
                      "UKR ConcedesControl luhansk 2024-03-11 Volodymyr Zelensky"],
            Read.Statements("In an interview broadcast on Monday, Zelensky acknowledged that Ukraine's army lacked the strength to return Crimea and the occupied parts of the Donbas by force."));

    [Fact]
    public void A_group_the_stance_takes_as_its_object_names_its_members_and_by_after_it_names_the_annexer() =>
        Assert.Equal(["KAZ RejectsAnnexation donetsk 2024-03-11", "KAZ RejectsAnnexation luhansk 2024-03-11",
                      "KAZ RejectsAnnexation zaporizhzhia 2024-03-11", "KAZ RejectsAnnexation kherson 2024-03-11"],
            Read.Statements("Kazakhstan will not recognise the annexation of four Ukrainian regions by Russia, President Kassym-Jomart Tokayev's spokesman said on Monday."));

    [Fact]
    public void An_office_with_no_country_speaking_in_a_capital_speaks_for_it() =>
        Assert.Equal(["KOR RejectsNegotiation dokdo 2024-03-12"],
            Read.Statements("There is no territorial dispute over Dokdo, a foreign ministry spokesman told reporters in Seoul on Tuesday."));

    [Fact]
    public void An_office_with_no_country_stating_whose_territory_it_is_speaks_for_that_owner() =>
        Assert.Equal(["IND ClaimsSovereignty arunachal-pradesh 2024-03-13 Gopal Baglay"],
            Read.Statements("Renaming places in Arunachal Pradesh does not change the fact that the state is an integral part of India, foreign ministry spokesman Gopal Baglay said on Wednesday."));

    [Fact]
    public void A_passive_agent_may_be_a_list_of_states() =>
        Assert.Equal(["USA RejectsAnnexation crimea 2024-03-12", "GBR RejectsAnnexation crimea 2024-03-12", "FRA RejectsAnnexation crimea 2024-03-12"],
            Read.Statements("The referendum in Crimea was condemned as illegitimate by the United States, Britain and France on Tuesday."));

    [Fact]
    public void A_passive_agent_may_be_a_person_speaking_for_a_state() =>
        Assert.Equal(["TUR RecognizesSovereignty northern-cyprus 2024-03-12"],
            Read.Statements("Ankara's recognition of the Turkish Republic of Northern Cyprus was reaffirmed by President Tayyip Erdogan on Tuesday."));

    [Fact]
    public void States_that_speak_together_each_hold_the_stance() =>
        Assert.Equal(["CHN ClaimsSovereignty taiwan 2024-03-12", "RUS RecognizesSovereignty taiwan 2024-03-12"],
            Read.Statements("In a joint statement on Tuesday, China and Russia said Taiwan was an inalienable part of Chinese territory."));

    [Fact]
    public void After_a_comma_the_speaker_named_after_said_is_the_one_speaking() =>
        Assert.Equal(["CHN ClaimsSovereignty taiwan 2024-03-14 Zhu Fenglian"],
            Read.Statements("Taiwan's reunification with the mainland is a historical inevitability, said Zhu Fenglian, spokeswoman for Beijing's Taiwan Affairs Office."));

    [Theory]
    [InlineData("Moldova's government said on Tuesday that Transnistria was an integral part of Moldova.")]
    [InlineData("The government of Moldova said on Tuesday that Transnistria was an integral part of Moldova.")]
    public void A_states_government_speaks_for_it(string sentence) =>
        Assert.Equal(["MDA ClaimsSovereignty transnistria 2024-03-12"], Read.Statements(sentence));

    [Fact]
    public void By_after_a_verb_of_seizure_names_who_seized_it() =>
        Assert.Equal(["UKR RejectsAnnexation crimea 2024-03-14"], Read.Statements("Kyiv says Crimea was illegally annexed by Moscow in 2014."));

    [Fact]
    public void The_one_summoned_is_not_the_one_protesting() =>
        Assert.Equal(["KOR RejectsAnnexation dokdo 2024-03-12"],
            Read.Statements("Seoul summoned a Japanese diplomat on Tuesday to protest Tokyo's renewed claim to Dokdo in a school textbook."));
}
