using System.Text;
using PositionTracker.Extraction.Dates;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>The date finder's words come from Lexicon/dates.json; a mistake in that file stops the load, not the finder.</summary>
public class DateWordsTests
{
    private static string EmbeddedJson()
    {
        using var stream = typeof(DateLexicon).Assembly.GetManifestResourceStream("Lexicon.dates.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static DateWords Read(string json) => DateWords.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("March", "Month", 3)]
    [InlineData("may", "Month", 5)]
    [InlineData("Sept", "MonthAbbr", 9)]
    [InlineData("Saturday", "Weekday", 6)]
    [InlineData("nineteen", "NumWord", 19)]
    [InlineData("ninety", "Tens", 90)]
    [InlineData("week", "Unit", (int)DateUnit.Week * 2)]
    [InlineData("years", "Unit", (int)DateUnit.Year * 2 + 1)]
    [InlineData("till", "Until", 0)]
    [InlineData("No", "NumPrefix", 1)]
    [InlineData("resolution", "NumPrefix", 0)]
    public void A_word_takes_its_meaning_and_number_from_where_the_data_lists_it(string word, string meaning, int value) =>
        Assert.Equal((Enum.Parse<DateLex>(meaning), value), DateLexicon.Classify(word));

    [Fact]
    public void Every_kind_of_date_word_has_words_in_the_data()
    {
        var kinds = Read(EmbeddedJson()).Words.Values.Select(v => v.Lex).ToHashSet();
        var missing = Enum.GetValues<DateLex>().Where(lex => lex != DateLex.None && !kinds.Contains(lex));
        Assert.Empty(missing);
    }

    [Fact]
    public void Day_anchors_are_read_as_article_tokens_in_the_order_listed()
    {
        var anchors = Read(EmbeddedJson()).DayAnchors;
        Assert.Equal(["the", "same", "day"], anchors[0].Words);
        Assert.Equal(0, anchors[0].Days);
        Assert.Contains(anchors, a => a.Words.SequenceEqual(["the", "following", "day"]) && a.Days == 1);
    }

    [Fact]
    public void A_word_listed_twice_is_refused()
    {
        var json = EmbeddedJson();
        Assert.Contains("\"tonight\": [\"tonight\"]", json);
        var error = Assert.Throws<InvalidDataException>(() => Read(json.Replace("\"tonight\": [\"tonight\"]", "\"tonight\": [\"tonight\", \"march\"]")));
        Assert.Contains("march", error.Message);
    }

    [Fact]
    public void A_kind_of_word_the_finder_does_not_know_is_refused()
    {
        var json = EmbeddedJson();
        Assert.Contains("\"overnight\": [\"overnight\"]", json);
        var error = Assert.Throws<InvalidDataException>(() => Read(json.Replace("\"overnight\": [\"overnight\"]", "\"fortnight\": [\"fortnight\"]")));
        Assert.Contains("fortnight", error.Message);
    }

    [Fact]
    public void A_missing_list_is_refused()
    {
        var json = EmbeddedJson();
        const string tens = "\"tens\": [\"twenty\", \"thirty\", \"forty\", \"fifty\", \"sixty\", \"seventy\", \"eighty\", \"ninety\"],";
        Assert.Contains(tens, json);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Read(json.Replace(tens, "")));
    }
}
