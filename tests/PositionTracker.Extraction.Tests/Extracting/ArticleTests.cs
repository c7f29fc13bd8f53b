using System.Text;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Extraction.Tests.Extracting;

/// <summary>Whole articles: context carried between sentences, repetition folded, provenance kept, bad input survived.</summary>
public class ArticleTests
{
    private const string Story = """
        Islands row deepens
        Read More
        Buenos Aires on Monday renewed its claim to the Falkland Islands.
        Advertisement
        “The Malvinas are Argentine and always will be,” Foreign Minister Marta Quiroga said on Monday.
        Britain rejected the remarks. A government spokesman said the islands' status is not negotiable.
        In a 2013 referendum, 99.8 percent of islanders voted to remain British.
        © 2024 Test Wire. All rights reserved.
        """;

    [Fact]
    public void Events_come_in_reading_order_with_the_sentence_and_quote_they_were_read_from()
    {
        var extraction = Read.Article(Story);
        var body = Story;

        Assert.Equal([
            "ARG ClaimsSovereignty falkland-islands 2024-03-11",
            "GBR RejectsNegotiation falkland-islands 2024-03-11",
            "ReferendumHeld falkland-islands 2013",
        ], extraction.Events.Select(e => e switch
        {
            StatementMade s => $"{s.Actor} {s.Stance} {s.Territory} {s.Date}",
            ReferendumHeld r => $"ReferendumHeld {r.Territory} {r.Date}",
            _ => e.GetType().Name,
        }));
        var claim = Assert.IsType<StatementMade>(extraction.Events[0]);
        var evidence = claim.Source.Evidence!;
        // The lead's unattributed claim is the same statement as the minister's quotation, whose words are the evidence.
        Assert.Equal("“The Malvinas are Argentine and always will be,” Foreign Minister Marta Quiroga said on Monday.",
            body.Substring(evidence.SentenceStart, evidence.SentenceLength));
        Assert.Equal("Marta Quiroga", claim.Speaker);
        Assert.All(extraction.Events, e => Assert.StartsWith("extractor ", e.Source.DerivedBy));
        Assert.All(extraction.Events, e => Assert.InRange(e.Source.Evidence!.Confidence, 0.1, 1.0));
    }

    [Fact]
    public void A_quote_in_the_evidence_is_the_sentence_of_the_quotation_as_written()
    {
        var statements = Read.Events("“The Malvinas are ours. They will never be given up,” Argentine Foreign Minister Marta Quiroga said.")
            .OfType<StatementMade>().ToList();

        var refusal = Assert.Single(statements, s => s.Stance == Domain.Stances.Stance.RejectsNegotiation);
        Assert.Equal("They will never be given up", refusal.Quote);
    }

    [Fact]
    public void The_leads_unattributed_summary_folds_into_the_named_speakers_words()
    {
        var statements = Read.Statements("""
            Japan said the Senkaku Islands are an inherent part of its territory.
            “The Senkaku Islands are an inherent part of Japan's territory,” Chief Cabinet Secretary Ken Morita said.
            """);

        Assert.Equal(["JPN ClaimsSovereignty senkaku-islands 2024-03-14 Ken Morita"], statements);
    }

    [Fact]
    public void An_empty_article_or_one_that_is_all_page_furniture_yields_no_events_and_a_warning()
    {
        var extraction = Read.Article("Read More\nAdvertisement\n© 2024 Test Wire");

        Assert.Empty(extraction.Events);
        Assert.Contains("no text of its own", Assert.Single(extraction.Warnings));
        Assert.Equal(0, extraction.Sentences);
    }

    [Fact]
    public void An_article_with_text_but_nothing_to_report_says_so()
    {
        var extraction = Read.Article("The weather in the capital was mild on Monday. Markets rose slightly.");

        Assert.Empty(extraction.Events);
        Assert.Contains("found no events", Assert.Single(extraction.Warnings));
    }

    [Fact]
    public void A_five_megabyte_article_is_read_to_the_end()
    {
        var body = new StringBuilder();
        for (var i = 0; body.Length < 5 * 1024 * 1024; i++)
            body.Append(i % 50 == 0
                ? "Argentine Foreign Minister Marta Quiroga said on Monday that the Malvinas are an inalienable part of Argentina.\n"
                : $"Paragraph {i} describes the harbour, the fishing fleet and the prices at the market on the island.\n");

        var extraction = Read.Article(body.ToString());

        Assert.True(extraction.Sentences > 40_000);
        Assert.Contains(extraction.Events, e => e is StatementMade { Actor: "ARG", Territory: "falkland-islands" });
    }

    [Fact]
    public void A_summary_whose_territory_only_the_story_gives_yields_to_the_speakers_words_that_name_it() =>
        Assert.Equal(["GEO RejectsNegotiation abkhazia 2024-03-14 Ilia Darchiashvili"],
            Read.Statements("""
                Envoys in Geneva discussed Abkhazia and South Ossetia on Thursday.

                Georgian Foreign Minister Ilia Darchiashvili ruled out any compromise. “Abkhazia is not up for negotiation,” he told reporters on Thursday.
                """, "2024-03-15"));
}
