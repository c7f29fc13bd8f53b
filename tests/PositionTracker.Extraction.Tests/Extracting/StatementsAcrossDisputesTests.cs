namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Stated positions on many disputes, in many phrasings. Published on Thursday 14 March 2024 unless said.</summary>
public class StatementsAcrossDisputesTests
{
    [Fact]
    public void A_claim_stated_by_a_named_minister_of_a_country_named_by_its_adjective() =>
        Assert.Equal(["ARG ClaimsSovereignty falkland-islands 2024-03-11 Carla Ruiz"],
            Read.Statements("Argentine Foreign Minister Carla Ruiz said on Monday that the Malvinas are an inalienable part of Argentina."));

    [Fact]
    public void A_refusal_to_negotiate_by_an_office_without_a_name() =>
        Assert.Equal(["GBR RejectsNegotiation falkland-islands 2024-03-14"],
            Read.Statements("“The sovereignty of the Falkland Islands is not up for negotiation,” a Downing Street spokesman told reporters."));

    [Fact]
    public void Recognising_another_states_sovereignty() =>
        Assert.Equal(["USA RecognizesSovereignty golan-heights 2024-03-12"],
            Read.Statements("The United States recognizes Israel's sovereignty over the Golan Heights, the State Department said in a statement on Tuesday."));

    [Fact]
    public void Recognition_in_the_past_keeps_the_date_the_article_gives_it() =>
        Assert.Equal(["USA RecognizesSovereignty western-sahara 2020-12"],
            Read.Statements("In December 2020, the United States recognized Morocco's sovereignty over Western Sahara."));

    [Fact]
    public void Condemning_an_annexation_and_demanding_a_territory_back() =>
        Assert.Equal(["SYR RejectsAnnexation golan-heights 2024-03-14", "SYR DemandsReturn golan-heights 2024-03-14"],
            Read.Statements("Syria's foreign ministry condemned the decision as a violation of international law and demanded the return of the occupied Golan."));

    [Fact]
    public void Openness_to_negotiate_from_a_capital_standing_for_its_government() =>
        Assert.Equal(["JPN OpenToNegotiation kuril-islands 2024-03-14"],
            Read.Statements("Tokyo said it was ready to negotiate over the Northern Territories."));

    [Fact]
    public void A_claim_in_the_words_of_a_spokesperson_the_gazetteer_knows() =>
        Assert.Equal(["CHN ClaimsSovereignty taiwan 2024-03-08 Lin Jian"],
            Read.Statements("Chinese foreign ministry spokesperson Lin Jian said on Friday that Taiwan is an inalienable part of China's territory."));

    [Fact]
    public void A_claim_to_a_region_by_the_state_that_administers_it() =>
        Assert.Equal(["IND ClaimsSovereignty kashmir 2024-03-14"],
            Read.Statements("India said on Thursday that Jammu and Kashmir is an integral part of the country."));

    [Fact]
    public void Never_recognising_a_breakaway_territory_said_by_an_office_whose_holder_that_day_is_known() =>
        Assert.Equal(["SRB RejectsAnnexation kosovo 2024-03-10 Aleksandar Vučić"],
            Read.Statements("Serbia will never recognize Kosovo, the Serbian president said on Sunday."));

    [Fact]
    public void Renewing_a_claim() =>
        Assert.Equal(["ESP ClaimsSovereignty gibraltar 2024-03-12"],
            Read.Statements("Spain renewed its claim to Gibraltar on Tuesday."));

    [Fact]
    public void Saying_the_islands_belong_to_the_speakers_own_country() =>
        Assert.Equal(["GUY ClaimsSovereignty essequibo 2024-03-14", "GUY RejectsNegotiation essequibo 2024-03-14"],
            Read.Statements("Guyana's foreign minister said Essequibo belongs to Guyana and will never be handed over."));

    [Fact]
    public void Offering_a_swap_of_territory() =>
        Assert.Equal(["ARM ProposesExchange nagorno-karabakh 2024-03-14 Nikol Pashinyan"],
            Read.Statements("Armenia's prime minister floated a territorial exchange involving Nagorno-Karabakh."));

    [Fact]
    public void Conceding_a_territory_cannot_be_retaken() =>
        Assert.Equal(["GEO ConcedesControl abkhazia 2024-03-14 Irakli Kobakhidze"],
            Read.Statements("Georgia's prime minister acknowledged that Tbilisi is unable to retake Abkhazia by force."));

    [Fact]
    public void Inherent_territory_in_indirect_speech() =>
        Assert.Equal(["JPN ClaimsSovereignty senkaku-islands 2024-03-14"],
            Read.Statements("Japan lodged a protest, saying the Senkaku Islands are inherent territory of Japan."));

    [Fact]
    public void Rejecting_the_other_sides_claim() =>
        Assert.Equal(["GBR RejectsAnnexation falkland-islands 2024-03-14"],
            Read.Statements("Britain does not recognize Argentina's claim to the Falklands, a government spokesman said."));

    [Fact]
    public void Part_of_a_territory_said_to_be_the_owners_is_the_owners_too() =>
        Assert.Contains(Read.Statements("Foreign ministry spokesman Lin Jian said on Wednesday that Ren'ai Jiao is part of China's Nansha Qundao."),
            s => s.StartsWith("CHN ClaimsSovereignty second-thomas-shoal 2024-03-13"));
}
