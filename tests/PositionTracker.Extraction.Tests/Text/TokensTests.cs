using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Tests.Text;

public class TokensTests
{
    private static string[] Lower(string text) => Tokens.Of(text).Select(t => t.Lower).ToArray();

    [Theory]
    [InlineData("Argentina's claim", new[] { "argentina", "'s", "claim" })]
    [InlineData("Argentina’s claim", new[] { "argentina", "'s", "claim" })]
    [InlineData("We don't give up", new[] { "we", "do", "n't", "give", "up" })]
    [InlineData("it won’t happen", new[] { "it", "wo", "n't", "happen" })]
    [InlineData("n't", new[] { "n't" })] // how the lexicon writes the negation
    [InlineData("Russia’s CAN’T", new[] { "russia", "'s", "ca", "n't" })]
    [InlineData("a non-negotiable issue", new[] { "a", "non", "-", "negotiable", "issue" })]
    [InlineData("the U.S. envoy", new[] { "the", "u.s.", "envoy" })]
    [InlineData("Russia-U.S. talks", new[] { "russia", "-", "u.s.", "talks" })]
    [InlineData("“Never,” he said.", new[] { "\"", "never", ",", "\"", "he", "said", "." })]
    [InlineData("96.8 percent of 2,000 voters on the 15th", new[] { "96.8", "percent", "of", "2,000", "voters", "on", "the", "15th" })]
    [InlineData("the islands' status", new[] { "the", "islands", "'", "status" })]
    public void Words_split_the_way_the_lexicon_is_written(string text, string[] expected) => Assert.Equal(expected, Lower(text));

    [Fact]
    public void Tokens_keep_their_offsets_and_capitalisation()
    {
        const string text = "Buenos Aires renewed its claim.";

        var tokens = Tokens.Of(text);

        Assert.Equal(["Buenos", "Aires", "renewed", "its", "claim", "."], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal([true, true, false, false, false, false], tokens.Select(t => t.Capitalized));
    }

    [Fact]
    public void A_span_of_the_text_is_tokenized_in_place()
    {
        const string text = "Ignore this. Tokyo protested.";

        var tokens = Tokens.Of(text, new TextSpan(13, 16));

        Assert.Equal(13, tokens[0].Start);
        Assert.Equal(["tokyo", "protested", "."], tokens.Select(t => t.Lower));
    }
}
