using PositionTracker.Extraction.Lexicon;

namespace PositionTracker.Extraction.Tests.Lexicon;

public class PhraseTrieTests
{
    private static PhraseTrie<string> Trie(params string[] phrases)
    {
        var trie = new PhraseTrie<string>();
        foreach (var phrase in phrases)
            foreach (var pattern in ExtractionLexicon.Patterns(phrase)) trie.Add(pattern, phrase);
        return trie;
    }

    private static string[] Found(PhraseTrie<string> trie, string symbols) => trie.FindAll(symbols.Split(' ')).Select(m => m.Value).ToArray();

    [Fact]
    public void The_longest_of_overlapping_phrases_wins() =>
        Assert.Equal(["ruled out giving back"], Found(Trie("ruled out giving back", "giving back"), "the kremlin ruled out giving back the regions"));

    [Fact]
    public void Placeholders_match_the_entity_symbol_and_a_star_any_one_word() =>
        Assert.Equal(["return {T}", "recognizes * sovereignty"],
            Found(Trie("return {T}", "recognizes * sovereignty"), "must return {T} and recognizes {A} sovereignty"));

    [Fact]
    public void A_double_star_stands_for_none_to_three_words()
    {
        var trie = Trie("recognizes ** sovereignty");

        Assert.Single(Found(trie, "recognizes sovereignty"));
        Assert.Single(Found(trie, "recognizes {A} 's full sovereignty"));
        Assert.Empty(Found(trie, "recognizes a b c d sovereignty"));
    }

    [Fact]
    public void Phrases_are_tokenized_the_way_article_text_is() =>
        Assert.Equal(["do", "n't", "give", "back"], ExtractionLexicon.Patterns("don't give back").Single());
}
