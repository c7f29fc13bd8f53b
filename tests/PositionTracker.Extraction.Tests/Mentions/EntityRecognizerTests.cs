using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Tests.Mentions;

public class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new(Gazetteer.Default);

    private static string[] Found(string text) => Recognizer.Find(text, Tokens.Of(text))
        .Select(m => $"{m.Surface}={string.Join("/", m.Entities.Select(e => e.Kind + ":" + (e.Actor ?? e.Territory ?? e.Person?.Name ?? e.Group?.Name ?? e.Role)))}")
        .ToArray();

    [Fact]
    public void Names_demonyms_capitals_and_metonyms_all_name_their_state() =>
        Assert.Equal(["Argentine=Actor:ARG", "Buenos Aires=Actor:ARG", "the Kremlin=Actor:RUS", "Britain=Actor:GBR"],
            Found("The Argentine delegation flew from Buenos Aires while the Kremlin and Britain watched."));

    [Fact]
    public void The_longest_name_wins_over_the_names_inside_it() =>
        Assert.Equal(["Kremlin spokesman=Role:RUS", "Dmitry Peskov=Person:Dmitry Peskov"], Found("Kremlin spokesman Dmitry Peskov"));

    [Fact]
    public void A_name_that_is_a_state_and_a_territory_carries_both() =>
        Assert.Equal(["Taiwan=Actor:TWN/Territory:taiwan"], Found("Taiwan"));

    [Fact]
    public void Lower_case_words_are_not_proper_names_and_us_is_not_the_US() =>
        Assert.Equal(["the US=Actor:USA"], Found("let us turn to the chad and the US"));

    [Fact]
    public void Groups_of_territories_are_found_by_their_names() =>
        Assert.Equal(["the Donbas=Group:the Donbas"], Found("fighting in the Donbas"));

    [Fact]
    public void Pronouns_are_marked_for_the_reader_to_resolve() =>
        Assert.Contains("he=Pronoun:he", Found("he said it was over"));
}
