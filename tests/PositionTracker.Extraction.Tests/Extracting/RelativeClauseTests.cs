namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>"X, which holds Y, ...": the state a relative clause describes is the one that holds, takes or imposes.</summary>
public class RelativeClauseTests
{
    // A holding told in the present is dated to the article (Thursday 2024-03-14), not to the main clause's day.
    [Theory]
    [InlineData("Morocco, which controls about 80 percent of Western Sahara, welcomed the decision on Monday.",
        "ControlReported 2024-03-14 MAR controls most of western-sahara")]
    [InlineData("Japan, which administers the Senkaku Islands, protested to Beijing on Monday.",
        "ControlReported 2024-03-14 JPN controls full of senkaku-islands")]
    [InlineData("Azerbaijan, which retook the whole of Nagorno-Karabakh last September, said talks would resume.",
        "ControlReported 2023-09 AZE controls full of nagorno-karabakh")]
    public void The_state_a_relative_clause_describes_is_its_subject(string sentence, string expected) =>
        Assert.Equal([expected], Read.Facts(sentence));

    [Theory]
    [InlineData("Ukraine, which wants to retake Crimea, asked for more air defence on Monday.")]
    [InlineData("The talks, which could decide who controls the islands, open next week.")]
    public void A_relative_clause_of_aims_or_of_no_state_holds_nothing(string sentence) =>
        Assert.DoesNotContain(Read.Facts(sentence), f => f.StartsWith("ControlReported"));
}
