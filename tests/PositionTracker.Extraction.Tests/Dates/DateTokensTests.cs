using PositionTracker.Extraction.Dates;
using PositionTracker.Extraction.Text;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>
/// The date finder reads the shared tokens, and lexes numbers and words joined to digits or apostrophes again in its
/// own, finer pieces.
/// </summary>
public class DateTokensTests
{
    private static string Read(string body, int start, int end)
    {
        var tokens = new DateToken[2]; // small, so reading has to grow it
        var count = DateTokens.Read(body, start, end, Tokens.Of(body, start, end), ref tokens);
        return string.Join(" ", tokens.Take(count).Select(t =>
            body[t.Start..t.End] + t.Kind switch
            {
                DateTokenKind.Number => (t.Complex ? "#complex" : "") + (t.Ordinal ? "#ordinal" : "") + $"={t.Value}",
                DateTokenKind.Word => t.Lex == DateLex.None ? "" : $"/{t.Lex}",
                _ => "",
            }));
    }

    private static string Read(string text) => Read(text, 0, text.Length);

    [Theory]
    [InlineData("on March 17,2014", "on/On March/Month 17=17 , 2014=2014")]
    [InlineData("some 2,014 people", "some/Quantity 2,014#complex=2 people/UnitNoun")]
    [InlineData("at 5:30 on Feb. 15th", "at 5:30#complex=5 on/On Feb/MonthAbbr . 15th#ordinal=15")]
    [InlineData("F16 2014", "F 16#complex=16 2014=2014")]
    [InlineData("a 16x9 screen", "a/A 16x9#complex=16 screen")]
    [InlineData("Russia's claim", "Russia ' s claim")]
    [InlineData("they didn't, in 2014", "they didn ' t , in/In 2014=2014")]
    [InlineData("2014-03-17T10:00Z", "2014=2014 - 03=3 - 17T10#complex=17 : 00Z#complex=0")]
    public void Numbers_and_joined_words_are_lexed_for_dates(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Fact]
    public void A_sentence_inside_a_body_begins_at_its_own_start()
    {
        // The letter before the sentence is outside it: "12" does not follow a letter, as in "F16".
        Assert.Equal("12=12 March/Month", Read("ab12 March", 2, 10));
        Assert.Equal("ab 12#complex=12 March/Month", Read("ab12 March", 0, 10));
    }

    [Fact]
    public void A_sentence_of_a_body_dates_as_its_text_alone_does()
    {
        const string sentence = "Talks resumed on March 17, 2014, a day after the vote.";
        var body = "Crimea voted. " + sentence + " More followed.";
        var span = new TextSpan(body.IndexOf(sentence, StringComparison.Ordinal), sentence.Length);
        var inBody = DateFinder.Find(body, span, Tokens.Of(body, span), Day("2023-02-15"));
        var alone = DateFinder.Find(sentence, Day("2023-02-15"));
        Assert.Equal(2, alone.Count);
        Assert.Equal(alone, inBody);
    }
}
