using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using static PositionTracker.Extraction.Tests.Dates.DateTestKit;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Character offsets, ordering, overlap, and behaviour on a large generated corpus (correctness only).</summary>
public class OffsetsAndOrderingTests
{
    [Fact]
    public void Offsets_cover_the_whole_expression()
    {
        const string text = "Peskov spoke on Wednesday, a day after Kyiv said Crimea was Ukrainian, as it had in March 2014.";
        var all = Find(text, "2023-02-15");
        Assert.Equal(3, all.Count);
        Assert.Equal((13, 12), (all[0].Start, all[0].Length)); // "on Wednesday"
        Assert.Equal((27, 11), (all[1].Start, all[1].Length)); // "a day after": the comma keeps "in March 2014" out of its clause
        Assert.Equal((81, 13), (all[2].Start, all[2].Length)); // "in March 2014"
        Assert.Equal(["2023-02-15", "2023-02-14", "2014-03"], all.Select(m => m.Date.ToString()).ToArray());
        Assert.Equal(DateFlags.None, all[2].Flags);
    }

    [Theory]
    [InlineData("Kosovo declared independence on 17 February 2008.", 29, 19)]
    [InlineData("The Falklands vote on March 10-11, 2013 was lopsided.", 19, 20)]
    [InlineData("The Falklands vote on 10-11 March 2013 was lopsided.", 19, 19)]
    [InlineData("Damascus protested late last year.", 19, 14)]
    [InlineData("Rabat: Wednesday, February 15, 2023.", 7, 28)]
    [InlineData("\u201cThe islands are ours,\u201d he said on Feb. 26.", 32, 10)]
    public void Exact_start_and_length(string text, int start, int length)
    {
        var m = Assert.Single(Find(text, "2023-03-01"));
        Assert.Equal((start, length), (m.Start, m.Length));
    }

    [Fact]
    public void Mentions_are_ordered_and_never_overlap()
    {
        const string text = "Since 2014 Russia has held Crimea; last week, on Monday, February 13, Kyiv said so again, " +
            "two days after Tokyo raised the Kurils, and next month the UN will meet, as it did in late January and in mid-2019.";
        var all = Find(text, "2023-02-15");
        Assert.Equal(
            ["Since 2014", "last week", "on Monday, February 13", "two days after", "next month", "in late January", "in mid-2019"],
            all.Select(m => Covered(text, m)).ToArray());
        Assert.Equal(["2014", "2023-02", "2023-02-13", "2023-02-11", "2023-03", "2023-01", "2019"],
            all.Select(m => m.Date.ToString()).ToArray());
        AssertWellFormed(text, all);
    }

    [Fact]
    public void Curly_quotes_and_apostrophes_do_not_shift_offsets()
    {
        const string text = "\u2018We won\u2019t discuss it,\u2019 Zakharova said on Tuesday\u2019s briefing in Moscow.";
        var m = Assert.Single(Find(text, "2023-02-15"));
        Assert.Equal("on Tuesday", Covered(text, m));
        Assert.Equal("2023-02-14", m.Date.ToString());
    }

    [Fact]
    public void Same_input_gives_same_output_on_many_threads()
    {
        var sentences = Corpus().Take(400).ToArray();
        var expected = sentences.Select(s => Render(s.Text, DateFinder.Find(s.Text, s.Published))).ToArray();
        var actual = new string[sentences.Length];
        Parallel.For(0, sentences.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var s = sentences[i % sentences.Length];
            actual[i % sentences.Length] = Render(s.Text, DateFinder.Find(s.Text, s.Published));
        });
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Runs the finder the way the extractor does, sentence after sentence (tens of thousands), and checks
    /// correctness only: every result is well formed, every dated fragment is found with its date, and plain
    /// sentences find nothing. No timing is measured.
    /// </summary>
    [Fact]
    public void Large_generated_corpus_is_handled_correctly()
    {
        var count = 0;
        foreach (var (text, published, expectedSpans, expectedDates) in Corpus())
        {
            var all = DateFinder.Find(text, published);
            AssertWellFormed(text, all);
            Assert.Equal(expectedSpans, all.Select(m => Covered(text, m)).ToArray());
            Assert.Equal(expectedDates, all.Select(m => m.Date.ToString()).ToArray());
            count++;
        }
        Assert.True(count > 20_000);
    }

    private static void AssertWellFormed(string text, IReadOnlyList<DateMention> all)
    {
        var previousEnd = 0;
        foreach (var m in all)
        {
            Assert.True(m.Length > 0);
            Assert.True(m.Start >= previousEnd, $"overlap or disorder in \"{text}\": {Describe(text, all)}");
            Assert.True(m.Start + m.Length <= text.Length);
            Assert.False(char.IsWhiteSpace(text[m.Start]) || char.IsWhiteSpace(text[m.Start + m.Length - 1]));
            previousEnd = m.Start + m.Length;
        }
    }

    private static string Render(string text, IReadOnlyList<DateMention> all) =>
        string.Join("|", all.Select(m => $"{m.Start}+{m.Length}={m.Date}/{m.Flags}"));

    private static readonly string[] Subjects =
    [
        "Argentina renewed its claim to the Falklands", "Israel restated its position on the Golan Heights",
        "Japan protested over the Kuril Islands", "India rejected the remarks on Kashmir",
        "Morocco opened a consulate in Western Sahara", "Beijing sent jets toward Taiwan",
        "Serbia refused to recognise Kosovo", "Ukraine demanded the return of Crimea",
    ];

    private static readonly string[] Plain =
    [
        "officials said", "according to the foreign ministry", "in a statement read to reporters",
        "while talks stayed frozen", "as diplomats looked on", "and the opposition objected",
    ];

    /// <summary>Dated fragments with the span and date they must produce when published on <c>P</c>.</summary>
    private static IEnumerable<(string Fragment, Func<DateOnly, string> Date)> Fragments()
    {
        yield return ("on Wednesday", p => p.AddDays(-(((int)p.DayOfWeek - 3 + 7) % 7)).ToString("yyyy-MM-dd"));
        yield return ("in March 2014", _ => "2014-03");
        yield return ("on 17 February 2008", _ => "2008-02-17");
        yield return ("since 2014", _ => "2014");
        yield return ("yesterday", p => p.AddDays(-1).ToString("yyyy-MM-dd"));
        yield return ("last year", p => (p.Year - 1).ToString("D4"));
        yield return ("three days ago", p => p.AddDays(-3).ToString("yyyy-MM-dd"));
        yield return ("on 2016-07-12", _ => "2016-07-12");
        yield return ("in mid-2019", _ => "2019");
        yield return ("last month", p => PartialDate.OfMonth(p.AddMonths(-1).Year, p.AddMonths(-1).Month).ToString());
    }

    private static IEnumerable<(string Text, DateOnly Published, string[] Spans, string[] Dates)> Corpus()
    {
        var fragments = Fragments().ToArray();
        var start = new DateOnly(2015, 12, 20);
        var i = 0;
        for (var day = 0; day < 1400; day++)
        {
            var published = start.AddDays(day * 7 + day % 7);
            foreach (var subject in Subjects)
            {
                var plain = Plain[i % Plain.Length];
                yield return ($"{subject}, {plain}.", published, [], []);
                var f = fragments[i % fragments.Length];
                var g = fragments[(i / fragments.Length + 3) % fragments.Length];
                i++;
                if (f.Fragment == g.Fragment)
                {
                    yield return ($"{subject} {f.Fragment}, {plain}.", published, [f.Fragment], [f.Date(published)]);
                    continue;
                }
                yield return ($"{subject} {f.Fragment}, {plain} {g.Fragment}.", published,
                    [f.Fragment, g.Fragment], [f.Date(published), g.Date(published)]);
            }
        }
    }
}
