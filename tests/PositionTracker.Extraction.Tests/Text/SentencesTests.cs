using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Tests.Text;

public class SentencesTests
{
    private static string[] Split(string body) =>
        Sentences.Split(body, Boilerplate.Classify(body, outlet: null)).Select(s => s.Span.Of(body)).ToArray();

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var sentences = Split("The U.S. envoy met Sen. J. Smith (D-NY) on Feb. 26 in Washington. Talks resumed on Sept. 3. Mr. Lee left.");

        Assert.Equal(["The U.S. envoy met Sen. J. Smith (D-NY) on Feb. 26 in Washington.", "Talks resumed on Sept. 3.", "Mr. Lee left."], sentences);
    }

    [Fact]
    public void A_quotation_running_over_several_sentences_stays_with_its_attribution()
    {
        var sentences = Split("“The islands are ours. They always were. We will never give them up,” the minister said. Talks stalled.");

        Assert.Equal(["“The islands are ours. They always were. We will never give them up,” the minister said.", "Talks stalled."], sentences);
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences_and_closing_quotes_stay_inside()
    {
        var sentences = Split("He asked: \"Who decides?\" Nobody answered! Then the vote came.");

        Assert.Equal(["He asked: \"Who decides?\"", "Nobody answered!", "Then the vote came."], sentences);
    }

    [Fact]
    public void Paragraphs_always_end_sentences_and_an_unclosed_quote_does_not_swallow_them()
    {
        var sentences = Split("“The status is settled. It is not for discussion.\nThe next paragraph starts here. And goes on.");

        Assert.Equal(["“The status is settled.", "It is not for discussion.", "The next paragraph starts here.", "And goes on."], sentences);
    }

    [Fact]
    public void A_wire_dateline_is_not_part_of_the_first_sentence()
    {
        var sentences = Split("[March 3, 2021]  RABAT (Agency) - The ministry on Tuesday restated its position.");

        Assert.Equal(["The ministry on Tuesday restated its position."], sentences);
    }

    [Fact]
    public void Offsets_point_into_the_body()
    {
        const string body = "First one here.\n\nSecond one there.";

        var spans = Sentences.Split(body, Boilerplate.Classify(body, null)).Select(s => (s.Span.Start, s.Span.Length, s.Paragraph));

        Assert.Equal([(0, 15, 0), (17, 17, 1)], spans);
    }

    [Fact]
    public void Text_that_never_breaks_like_a_sentence_is_cut_into_pieces_of_bounded_length_that_keep_every_word()
    {
        var clause = "the ministry said on thursday. ";
        var unbroken = string.Concat(Enumerable.Repeat(clause, 2000)) + string.Concat(Enumerable.Repeat("word ", 1000)) + new string('x', 2500);

        var pieces = Split(unbroken);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, Sentences.MaxCharacters));
        Assert.Equal(unbroken.Replace(" ", ""), string.Concat(pieces).Replace(" ", ""));
        Assert.All(pieces.Take(pieces.Length - 10), p => Assert.EndsWith(".", p));
    }
}
