using PositionTracker.Domain.Articles;

namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>
/// Territories referred to by what they are, not by name, far from where the story named them. Published on
/// Thursday 14 March 2024 unless said.
/// </summary>
public class GroupReferenceTests
{
    private const string Lead =
        "Moscow staged votes in the Donetsk, Luhansk, Zaporizhzhia and Kherson regions last September. Officials counted the ballots for days. " +
        "Observers from the OSCE were not invited. The weather in Kyiv was mild. ";

    [Theory]
    [InlineData("the four regions")]
    [InlineData("the annexed provinces")]
    [InlineData("these regions")]
    [InlineData("the so-called new territories")]
    [InlineData("all four regions")]
    [InlineData("the Russian-held territories")]
    [InlineData("these Ukrainian provinces")]
    public void A_group_named_paragraphs_earlier_stands_for_each_of_its_members(string reference) =>
        Assert.Equal(
            new[] { "donetsk", "kherson", "luhansk", "zaporizhzhia" }.Select(t => $"UKR ClaimsSovereignty {t} 2024-03-14 Dmytro Kuleba"),
            Read.Statements(Lead + $"Foreign Minister Dmytro Kuleba said {reference} have always been part of Ukraine.").Order());

    [Fact]
    public void A_speaker_s_own_territories_stand_for_those_the_story_just_listed() =>
        Assert.Equal(
            new[] { "donetsk", "kherson", "luhansk", "zaporizhzhia" }.Select(t => $"UKR DemandsReturn {t} 2024-03-13 Volodymyr Zelensky"),
            Read.Statements(Lead + "\"Our aim is the return of all our territories,\" President Volodymyr Zelensky said on Wednesday.").Order());

    [Fact]
    public void Not_recognising_the_votes_rejects_the_annexation_of_every_region_they_were_held_in() =>
        Assert.Equal(4, Read.Statements(Lead + "Foreign Minister Dmytro Kuleba said: \"We do not recognise the so-called referendums.\"")
            .Count(s => s.StartsWith("UKR RejectsAnnexation")));

    [Theory]
    [InlineData("the region")]          // may be the whole of eastern Europe
    [InlineData("the two countries")]
    public void A_vague_or_distant_phrase_does_not_reach_back_to_the_list(string reference) =>
        Assert.DoesNotContain(Read.Statements(Lead + $"Foreign Minister Dmytro Kuleba said {reference} have always been part of Ukraine."),
            s => s.Contains("kherson"));

    [Fact]
    public void A_referendum_mentioned_without_being_held_is_not_a_referendum_of_the_day() =>
        Assert.Empty(Read.Facts("The resolution declares that the so-called referendums in the Donetsk and Luhansk regions have no validity."));

    [Fact]
    public void A_referendum_reported_as_held_is_one_even_without_a_date_in_its_sentence_and_a_two_day_vote_is_dated_by_its_month() =>
        Assert.Equal(["ReferendumHeld 2024-03 referendum in falkland-islands"],
            Read.Facts("Falkland Islanders have voted almost unanimously to remain British, in a two-day referendum."));

    [Theory]
    [InlineData("seized them on April 2 of that year; British forces retook them on June 14")]
    [InlineData("seized the islands in April of that year; British forces retook the archipelago on June 14")]
    public void Them_and_that_year_reach_back_to_the_sentence_before(string words)
    {
        var facts = Read.Facts($"Britain has governed the Falkland Islands since 1833, apart from ten weeks in 1982. Argentine troops {words}.", "2013-03-12");

        Assert.Contains(facts, f => f.StartsWith("ControlReported 1982-04") && f.Contains("ARG controls full of falkland-islands"));
        Assert.Contains("ControlReported 1982-06-14 GBR controls full of falkland-islands", facts);
    }

    [Fact]
    public void That_year_with_no_year_before_it_changes_nothing() =>
        Assert.Contains("ControlReported 2013-06-14 GBR controls full of falkland-islands",
            Read.Facts("British forces retook the Falkland Islands on June 14, and that year ended quietly.", "2013-07-01"));

    [Fact]
    public void The_other_three_are_the_rest_of_the_list() =>
        Assert.Equal(
            ["ControlReported 2024-03-14 RUS controls most of luhansk", "ControlReported 2024-03-14 RUS controls part of donetsk",
             "ControlReported 2024-03-14 RUS controls part of zaporizhzhia", "ControlReported 2024-03-14 RUS controls part of kherson"],
            // The lead's "staged votes" are the regions' referendums; what is asked here is control.
            Read.Facts(Lead + "Russian forces hold nearly all of the Luhansk region but only parts of the other three.")
                .Where(f => f.StartsWith("ControlReported")));

    [Fact]
    public void A_list_in_the_same_sentence_is_what_the_four_territories_means() =>
        Assert.Equal(["donetsk", "luhansk", "zaporizhzhia", "kherson"],
            Read.Events("President Vladimir Putin on Friday signed treaties with the heads of the Donetsk, Luhansk, Zaporizhzhia and Kherson " +
                        "regions under which the four territories join the Russian Federation.", "2022-09-30")
                .OfType<TerritoryAnnexed>().Select(a => a.Territory));

    [Fact]
    public void A_step_taken_for_regions_is_not_taking_them() =>
        Assert.DoesNotContain(Read.Facts("Putin recognised the Kherson region, the step Moscow took for Donetsk and Luhansk in February."),
            f => f.StartsWith("ControlReported"));
}
