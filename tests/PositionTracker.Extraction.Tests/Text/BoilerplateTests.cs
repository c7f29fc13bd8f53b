using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Tests.Text;

public class BoilerplateTests
{
    private static IEnumerable<string> Kept(string body, string? outlet = "Harbour Daily") =>
        Boilerplate.Classify(body, outlet).Where(p => !p.IsBoilerplate).Select(p => p.Span.Of(body));

    [Fact]
    public void Page_furniture_goes_and_the_story_stays()
    {
        const string body = """
            Islands dispute flares again
            Share
            Advertisement
            The foreign minister said on Monday the islands were not negotiable.
            Read More
            A fisherman at the harbour at dawn (file photo)
            The minister (L) meets the envoy in the capital
            Officials from both sides will meet next month, the ministry added.
            Reporting by A. Writer; Editing by B. Editor
            © 2024 Harbour Daily. All rights reserved.
            Back to top
            """;

        Assert.Equal([
            "Islands dispute flares again",
            "The foreign minister said on Monday the islands were not negotiable.",
            "Officials from both sides will meet next month, the ministry added.",
        ], Kept(body));
    }

    [Fact]
    public void Appeals_to_the_reader_and_the_outlet_speaking_of_itself_go()
    {
        const string body = """
            The government rejected the ruling.
            Dear readers, we need your help to keep reporting. Please support us today.
            If you are in the region, note that sharing this page may be unlawful.
            Harbour Daily’s website is also available at other addresses.
            “We will never accept it,” the minister said.
            To suggest a correction, write to us here
            """;

        Assert.Equal(["The government rejected the ruling.", "“We will never accept it,” the minister said."], Kept(body));
    }

    [Fact]
    public void A_line_repeated_from_earlier_is_dropped_the_second_time()
    {
        const string body = "Envoy Maria Ortiz in the capital\nEnvoy Maria Ortiz in the capital\nThe envoy spoke.";

        Assert.Equal(["Envoy Maria Ortiz in the capital", "The envoy spoke."], Kept(body));
    }

    [Fact]
    public void Every_paragraph_says_why_it_was_dropped()
    {
        var dropped = Boilerplate.Classify("Read More\n© 2020 Someone", null).Where(p => p.IsBoilerplate).Select(p => p.Why);

        Assert.All(dropped, why => Assert.False(string.IsNullOrEmpty(why)));
    }
}
