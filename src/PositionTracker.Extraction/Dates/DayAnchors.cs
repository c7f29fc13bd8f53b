using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

/// <summary>
/// "The same day Zelensky met Trump", "The following day, Beijing halted imports", "April 2 of that year": a day or
/// a year named by the sentences before. The date finder reads one sentence at a time; this carries them over.
/// </summary>
public static class DayAnchors
{
    public static void Carry(IReadOnlyList<Reading> readings, DateOnly published)
    {
        PartialDate? last = null;
        int? lastYear = null;
        foreach (var r in readings)
        {
            if (lastYear is { } year) OfThatYear(r, year);
            for (var k = r.Dates.Count - 1; k >= 0; k--)
                if (!r.InQuote(r.Dates[k].Token) && (r.Dates[k].Date.Flags & DateFlags.Future) == 0)
                {
                    lastYear = r.Dates[k].Date.Date.Year;
                    break;
                }
            if (r.Dates.Count == 0 && last is { } day && Find(r) is var (token, offset) && token >= 0)
            {
                var date = day.Start.AddDays(offset);
                if (date <= published)
                    r.Dates.Add((token, new DateMention(r.Tokens[token].Start - r.Sentence.Span.Start, r.Tokens[token].Length, PartialDate.OfDay(date), DateFlags.None)));
            }
            for (var k = r.Dates.Count - 1; k >= 0; k--)
                if (r.Dates[k].Date.Date.Precision == DatePrecision.Day && !r.InQuote(r.Dates[k].Token) && (r.Dates[k].Date.Flags & DateFlags.Future) == 0)
                {
                    last = r.Dates[k].Date.Date;
                    break;
                }
        }
    }

    /// <summary>
    /// "on April 2 of that year", "later that year": the year the sentences before were about, not the one the
    /// date finder guessed from the publication date.
    /// </summary>
    private static void OfThatYear(Reading r, int year)
    {
        for (var i = 0; i + 1 < r.Tokens.Count; i++)
        {
            if (r.Tokens[i].Lower != "that" || r.Tokens[i + 1].Lower != "year") continue;
            // "It annexed East Jerusalem in 1980, a step the Council declared void that year": the year just named.
            var earlier = r.Dates.LastOrDefault(d => d.Token < i - 5 && !r.InQuote(d.Token) && (d.Date.Flags & DateFlags.Future) == 0);
            if (earlier.Date is not null) year = earlier.Date.Date.Year;
            var before = r.Dates.FindLastIndex(d => d.Token < i && i - d.Token <= 5 && d.Date.Date.Precision != DatePrecision.Year);
            if (before >= 0 && r.Tokens[i - 1].Lower == "of")
            {
                // "... on April 2 of that year; British forces retook them on June 14": the days after it, named without a year, too.
                for (var k = before; k < r.Dates.Count; k++)
                    if (k == before || (r.Dates[k].Token > i && r.Dates[k].Date.Date.Precision != DatePrecision.Year && !NamesYear(r, r.Dates[k].Date)))
                        r.Dates[k] = (r.Dates[k].Token, InYear(r.Dates[k].Date, year));
            }
            else if (!r.Dates.Any(d => Math.Abs(d.Token - i) <= 2))
                r.Dates.Add((i, new DateMention(r.Tokens[i].Start - r.Sentence.Span.Start, r.Tokens[i + 1].Start + r.Tokens[i + 1].Length - r.Tokens[i].Start,
                    PartialDate.OfYear(year), DateFlags.None)));
        }
    }

    private static DateMention InYear(DateMention mention, int year)
    {
        var date = mention.Date;
        var moved = date.Day is { } day
            ? PartialDate.OfDay(new DateOnly(year, date.Month!.Value, Math.Min(day, DateTime.DaysInMonth(year, date.Month.Value))))
            : PartialDate.OfMonth(year, date.Month!.Value);
        return mention with { Date = moved, Flags = DateFlags.None };
    }

    private static bool NamesYear(Reading r, DateMention mention) =>
        r.Body.AsSpan(r.Sentence.Span.Start + mention.Start, mention.Length).Contains(mention.Date.Year.ToString(), StringComparison.Ordinal);

    private static (int Token, int Offset) Find(Reading r)
    {
        foreach (var (words, offset) in DateLexicon.DayAnchors)
            for (var i = 0; i + words.Length <= r.Tokens.Count; i++)
            {
                var k = 0;
                while (k < words.Length && r.Tokens[i + k].Lower == words[k]) k++;
                if (k == words.Length) return (i, offset);
            }
        return (-1, 0);
    }
}
