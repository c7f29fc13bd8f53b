using PositionTracker.Domain.Articles;

namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Who said it: direct and indirect speech, speakers before and after the verb, pronouns and offices.</summary>
public class AttributionTests
{
    [Fact]
    public void A_quotation_attributed_after_it_to_an_unknown_official_of_a_named_country() =>
        Assert.Equal(["ARG RejectsNegotiation falkland-islands 2024-03-13 Marta Quiroga"],
            Read.Statements("“We will never give up the Malvinas,” said Argentine Foreign Minister Marta Quiroga on Wednesday."));

    [Fact]
    public void A_quotation_running_over_two_sentences_keeps_its_speaker() =>
        Assert.Equal(["GBR RejectsNegotiation falkland-islands 2024-03-14 Tom Ellery", "GBR ClaimsSovereignty falkland-islands 2024-03-14 Tom Ellery"],
            Read.Statements("“The Falklands are not for sale. The islanders have chosen to remain British territory,” British Foreign Office minister Tom Ellery told parliament."));

    [Fact]
    public void He_said_points_back_to_the_person_just_named() =>
        Assert.Equal(["RUS RejectsNegotiation kuril-islands 2024-03-14 Dmitry Peskov"],
            Read.Statements("Kremlin spokesman Dmitry Peskov spoke to reporters about the Kuril Islands. “This issue is not up for discussion,” he said."));

    [Fact]
    public void An_office_named_again_later_is_the_person_named_with_it_before() =>
        Assert.Equal(["MAR ClaimsSovereignty western-sahara 2024-03-14 Youssef Amrani"],
            Read.Statements("Moroccan government spokesman Youssef Amrani spoke in Rabat. The spokesman said Western Sahara is an integral part of Morocco."));

    [Fact]
    public void A_possessive_office_resolves_to_whoever_held_it_that_day() =>
        Assert.Equal(["RUS RejectsNegotiation crimea 2017-02-15 Dmitry Peskov"],
            Read.Statements("President Vladimir Putin's spokesman says Moscow will not discuss the status of Crimea.", "2017-02-15"));

    [Fact]
    public void A_country_speaking_through_its_capital_has_no_person_as_speaker() =>
        Assert.Equal(["CHN ClaimsSovereignty paracel-islands 2024-03-14"],
            Read.Statements("Beijing says the Paracel Islands are an inseparable part of Chinese territory."));

    [Fact]
    public void An_unknown_speaker_with_no_country_gives_no_statement_rather_than_a_guess() =>
        Assert.Empty(Read.Statements("“The islands will never be given up,” the minister said."));

    [Fact]
    public void According_to_introduces_the_speaker() =>
        Assert.Equal(["AZE ClaimsSovereignty nagorno-karabakh 2024-03-14"],
            Read.Statements("According to Azerbaijan's foreign ministry, Nagorno-Karabakh is an integral part of Azerbaijan."));

    [Theory]
    [InlineData("Transnistria is and will remain part of the Republic of Moldova, the government in Chisinau said on Thursday.", "MDA ClaimsSovereignty transnistria 2024-03-14")]
    [InlineData("Huangyan Island has always been Chinese territory, the Chinese embassy in Manila said on Thursday.", "CHN ClaimsSovereignty scarborough-shoal 2024-03-14")]
    public void An_office_in_a_capital_speaks_for_that_capital_unless_it_is_a_mission_abroad(string sentence, string expected) =>
        Assert.Equal([expected], Read.Statements(sentence));

    [Fact]
    public void An_office_sitting_in_a_foreign_capital_still_names_its_speaker_and_the_day_it_spoke_is_not_the_votes() =>
        Assert.Equal(["StatementMade ARG RejectsAnnexation falkland-islands 2013-03-11 Alicia Castro"],
            Read.Events("The referendum on the Falklands has no legal value, Argentina's ambassador in London, Alicia Castro, said on Monday.", "2013-03-12")
                .Select(e => e is StatementMade s ? $"StatementMade {s.Actor} {s.Stance} {s.Territory} {s.Date} {s.Speaker}" : e.GetType().Name));

    [Theory]
    [InlineData("President Ferdinand Marcos spoke in Manila on Monday. \u201cThe Spratly Islands are ours,\u201d the president said, urging Beijing to respect the ruling. A foreign ministry spokeswoman added that there could be no talks on sovereignty over the islands.",
        "PHL RejectsNegotiation spratly-islands")]
    [InlineData("Prime Minister Keir Starmer spoke in London on Monday. \u201cGibraltar is British,\u201d the prime minister said, calling on Madrid to drop its claim. A government spokesman added that there could be no talks on sovereignty over Gibraltar.",
        "GBR RejectsNegotiation gibraltar")]
    public void An_office_with_no_country_right_after_a_speaker_belongs_to_the_speakers_government_not_the_state_last_named(string text, string expected) =>
        Assert.Contains(expected, Read.Statements(text).Select(s => string.Join(' ', s.Split(' ').Take(3))));

    [Theory]
    [InlineData("Sweden, which holds the EU's rotating presidency, said on behalf of the bloc that the annexation of Crimea was illegal.", "EU RejectsAnnexation crimea")]
    [InlineData("Estonia's foreign minister, speaking at the summit, said in the name of the alliance that Crimea's annexation was illegal.", "NATO RejectsAnnexation crimea")]
    [InlineData("Britain said on behalf of its overseas territories that the Falklands would remain British.", "GBR ClaimsSovereignty falkland-islands")]
    public void A_state_speaking_on_behalf_of_a_bloc_states_the_blocs_stance(string sentence, string expected) =>
        Assert.Equal([expected], Read.Statements(sentence).Select(s => string.Join(' ', s.Split(' ').Take(3))));

    [Theory]
    [InlineData("Argentine Foreign Minister Marta Quiroga had toured the South Atlantic in February. “The Malvinas are Argentine and always will be,” she said.",
        "ARG ClaimsSovereignty falkland-islands 2024-02 Marta Quiroga")]
    [InlineData("Argentine Foreign Minister Marta Quiroga is expected in London on Friday. “The Malvinas are Argentine and always will be,” she said.",
        "ARG ClaimsSovereignty falkland-islands 2024-03-14 Marta Quiroga")]
    public void Undated_words_take_the_date_of_what_their_speaker_was_just_told_doing_but_not_of_a_plan(string text, string expected) =>
        Assert.Equal([expected], Read.Statements(text));

    [Fact]
    public void She_after_an_unnamed_spokeswoman_is_that_spokeswoman_not_the_state_her_words_address() =>
        Assert.Equal(["JPN DemandsReturn kuril-islands 2024-03-14"],
            Read.Statements("Tokyo renewed its protest on Thursday, a Japanese foreign ministry spokeswoman said. “We urge the Russian side to return the Northern Territories,” she said."));

    [Fact]
    public void A_speech_is_dated_by_its_own_day_not_by_the_day_of_the_incident_it_answers() =>
        Assert.Equal(["CHN ClaimsSovereignty scarborough-shoal 2024-03-11"],
            Read.Statements("In a statement issued on Monday about the collision of March 5, a Chinese foreign ministry spokesman stressed that Huangyan Dao is part of China's territory."));

    [Fact]
    public void A_participle_after_a_relative_clause_is_the_main_subjects_words() =>
        Assert.Equal(["GEO RejectsAnnexation abkhazia 2024-03-12"],
            Read.Statements("Georgia on Tuesday rejected a decree by Russia's president that recognised Moscow's treaty with Abkhazia, saying the document had no legal value."));

    [Fact]
    public void A_year_naming_what_was_spoken_of_does_not_date_the_speech() =>
        Assert.Equal(["ISR ClaimsSovereignty golan-heights 2024-03-13 Benjamin Netanyahu"],
            Read.Statements("Prime Minister Benjamin Netanyahu said on Wednesday the 1974 disengagement agreement had collapsed. “The Golan will remain part of Israel forever,” he said."));

    [Theory]
    [InlineData("The Honduran government said that “Taiwan is part of China”.", "HND RecognizesSovereignty taiwan")]
    [InlineData("The Honduran government said it recognised that there was only one China and that “Taiwan is part of China”.", "HND RecognizesSovereignty taiwan")]
    [InlineData("China's foreign ministry said on Thursday that it opposed the meeting. “Taiwan is part of China's territory,” the statement said.", "CHN ClaimsSovereignty taiwan")]
    public void Governments_named_by_adjective_long_lead_ins_and_statements_keep_their_speaker(string text, string expected) =>
        Assert.Equal([expected], Read.Statements(text).Select(s => string.Join(' ', s.Split(' ').Take(3))));

    [Fact]
    public void The_ministry_is_the_ministry_last_named_not_the_spokesman_of_another() =>
        Assert.Contains(Read.Statements("Egyptian foreign ministry spokesman Ahmed Abu Zeid said on Sunday that Halayeb was Egyptian land. Sudan's foreign ministry last week invited Egypt to talks. The ministry said Halayeb was Sudanese territory."),
            s => s.StartsWith("SDN ClaimsSovereignty hala-ib-triangle"));

    [Fact]
    public void The_government_of_a_leader_acts_for_the_leaders_state_not_for_the_state_reporting_it() =>
        Assert.Equal(["SYR RecognizesSovereignty abkhazia"],
            Read.Statements("Georgia said on Tuesday it would cut ties with Damascus after the government of Bashar al-Assad recognised the independence of Abkhazia.", "2018-05-30")
                .Select(s => string.Join(' ', s.Split(' ').Take(3))));

    [Fact]
    public void A_state_a_quotation_names_as_accepting_what_follows_holds_the_stance_and_the_holder_saying_it_recognises() =>
        Assert.Contains("GBR RecognizesSovereignty chagos-islands",
            Read.Statements("Mauritius and Britain issued a joint statement on Thursday. “The United Kingdom agrees that the Chagos Archipelago belongs to Mauritius,” the statement said.", "2024-10-04")
                .Select(s => string.Join(' ', s.Split(' ').Take(3))));

    [Fact]
    public void A_known_person_keeps_the_spelling_the_article_gives_them_even_where_an_office_named_them_first() =>
        Assert.All(Read.Statements("Serbia's president said on Sunday that he would never recognise Kosovo. President Aleksandar Vucic had met EU envoys in Ohrid the day before.", "2023-03-20"),
            s => Assert.EndsWith("Aleksandar Vucic", s));
}
