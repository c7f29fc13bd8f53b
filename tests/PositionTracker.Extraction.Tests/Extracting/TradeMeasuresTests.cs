namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Trade cut off as a measure against a state is a sanction, whatever the story calls it; a ban on no one is not.</summary>
public class TradeMeasuresTests
{
    // Published on Thursday 2024-03-14.
    [Theory]
    [InlineData("China on Tuesday suspended imports of Japanese seafood after the release of treated water from the Fukushima plant.",
        "SanctionsImposed 2024-03-12 sanctions by CHN against JPN")]
    [InlineData("Moscow hit back on Wednesday, banning imports of fruit and vegetables from Poland and Lithuania.",
        "SanctionsImposed 2024-03-13 sanctions by RUS against POL|SanctionsImposed 2024-03-13 sanctions by RUS against LTU")]
    [InlineData("Beijing halted purchases of Australian barley and wine on Monday.",
        "SanctionsImposed 2024-03-11 sanctions by CHN against AUS")]
    [InlineData("Russia cut off gas supplies to Bulgaria and Poland on Wednesday after they refused to pay in roubles.",
        "SanctionsImposed 2024-03-13 sanctions by RUS against BGR|SanctionsImposed 2024-03-13 sanctions by RUS against POL")]
    [InlineData("Beijing banned exports of gallium and germanium to the United States on Tuesday.",
        "SanctionsImposed 2024-03-12 sanctions by CHN against USA")]
    [InlineData("The European Union on Monday barred imports of Russian steel and iron.",
        "SanctionsImposed 2024-03-11 sanctions by EU against RUS")]
    public void A_state_cutting_off_trade_with_another_imposes_sanctions_on_it(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Read.Facts(sentence));

    [Theory]
    [InlineData("China lifted its ban on imports of Australian wine on Friday.")]
    [InlineData("Russia threatened to ban imports of Moldovan wine.")]
    [InlineData("India banned wheat exports on Saturday to cool domestic prices.")]
    [InlineData("Japan resumed imports of Chinese poultry on Monday.")]
    [InlineData("Imports from Russia fell by a third last year.")]
    [InlineData("The EU could halt imports of Russian uranium, officials said.")]
    [InlineData("Poland and Hungary blocked a ban on imports of Ukrainian grain.")]
    [InlineData("Ukraine halted grain exports through its Black Sea ports on Tuesday.")]
    public void A_ban_on_no_state_or_one_not_imposed_is_no_sanction(string sentence) =>
        Assert.Empty(Read.Facts(sentence));
}
