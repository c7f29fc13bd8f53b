using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

/// <summary>
/// "The same day Zelensky met Trump", "The following day, Beijing halted imports": a day named by the sentence
/// before. The date finder reads one sentence at a time; this carries its last day over to such a sentence.
/// </summary>
public static class DayAnchors
{
    private static readonly (string[] Words, int Offset)[] Phrases =
    [
        (["the", "same", "day"], 0), (["that", "same", "day"], 0), (["that", "day"], 0), (["the", "same", "night"], 0),
        (["that", "night"], 0), (["the", "next", "day"], 1), (["the", "following", "day"], 1), (["a", "day", "later"], 1),
    ];

    public static void Carry(IReadOnlyList<Reading> readings, DateOnly published)
    {
        PartialDate? last = null;
        foreach (var r in readings)
        {
            if (r.Dates.Count == 0 && last is { } day && Find(r) is var (token, offset) && token >= 0)
            {
                var date = day.Start.AddDays(offset);
                if (date <= published)
                    r.Dates.Add((token, new DateMention(r.Tokens[token].Start - r.Sentence.Span.Start, r.Tokens[token].Length, PartialDate.OfDay(date), DateFlags.None)));
            }
            var days = r.Dates.Where(d => d.Date.Date.Precision == DatePrecision.Day && !r.InQuote(d.Token) && (d.Date.Flags & DateFlags.Future) == 0).ToList();
            if (days.Count > 0) last = days[^1].Date.Date;
        }
    }

    private static (int Token, int Offset) Find(Reading r)
    {
        foreach (var (words, offset) in Phrases)
            for (var i = 0; i + words.Length <= r.Tokens.Count; i++)
                if (words.Select((w, k) => r.Tokens[i + k].Lower == w).All(x => x)) return (i, offset);
        return (-1, 0);
    }
}
