using System.Globalization;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;

namespace PositionTracker.Extraction.Tests.Dates;

/// <summary>Shared assertions for the date finder tests. Every sentence in these tests was written for them.</summary>
internal static class DateTestKit
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<DateMention> Find(string text, string published) => DateFinder.Find(text, Day(published));

    public static string Covered(string text, DateMention m) => text.Substring(m.Start, m.Length);

    /// <summary>The text holds exactly one date expression: <paramref name="span"/>, resolved to <paramref name="date"/>.</summary>
    public static DateMention Single(string text, string published, string span, string date, DateFlags flags = DateFlags.None)
    {
        var all = Find(text, published);
        Assert.True(all.Count == 1, $"expected one mention in \"{text}\", found {Describe(text, all)}");
        Same(text, all[0], span, date, flags);
        return all[0];
    }

    /// <summary>The text holds exactly these date expressions, in this order.</summary>
    public static IReadOnlyList<DateMention> Exactly(string text, string published, params (string Span, string Date, DateFlags Flags)[] expected)
    {
        var all = Find(text, published);
        Assert.True(all.Count == expected.Length,
            $"expected {expected.Length} mention(s) in \"{text}\", found {Describe(text, all)}");
        for (var i = 0; i < expected.Length; i++) Same(text, all[i], expected[i].Span, expected[i].Date, expected[i].Flags);
        return all;
    }

    public static void None(string text, string published = "2023-02-15")
    {
        var all = Find(text, published);
        Assert.True(all.Count == 0, $"expected no date in \"{text}\", found {Describe(text, all)}");
    }

    public static void Same(string text, DateMention m, string span, string date, DateFlags flags)
    {
        Assert.Equal(span, Covered(text, m));
        var expected = PartialDate.Parse(date);
        Assert.Equal(expected.ToString(), m.Date.ToString());
        Assert.Equal(expected.Precision, m.Date.Precision);
        Assert.Equal(flags, m.Flags);
    }

    public static string Describe(string text, IReadOnlyList<DateMention> all) =>
        all.Count == 0
            ? "none"
            : string.Join("; ", all.Select(m => $"\"{Covered(text, m)}\"@{m.Start}+{m.Length} = {m.Date} {m.Flags}"));
}
