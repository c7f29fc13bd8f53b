namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Talks as wire stories report them, and the mentions of talks that are not talks. Published Thursday 14 March 2024.</summary>
public class TalksPhrasingTests
{
    [Theory]
    [InlineData("Delegations from Ukraine, Russia and the United States held talks in Geneva on Tuesday.")]
    [InlineData("Ukraine, Russia and the United States reached an agreement in Geneva on Tuesday.")]
    [InlineData("Officials from Ukraine, Russia and the United States met in Geneva on Tuesday.")]
    public void Every_state_of_a_list_that_opens_the_sentence_takes_part(string sentence) =>
        Assert.Equal(["TalksHeld 2024-03-12 talks between UKR, RUS, USA (in-person) in Geneva"], Read.Facts(sentence));

    [Theory]
    [InlineData("Diplomats said the call let Beijing play the broker ahead of a summit with Russia and Ukraine.")]
    [InlineData("· Inside the summit: Russia and the United States held talks for two hours")]
    [InlineData("Also read: Russia and Ukraine met in Istanbul | What the talks mean")]
    public void Talks_still_ahead_and_links_to_other_stories_are_not_talks(string text) =>
        Assert.Empty(Read.Facts("Lead paragraph of a story about something else entirely, long enough to be the lead.\n\n" + text));
}
