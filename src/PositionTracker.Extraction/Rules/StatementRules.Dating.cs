using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>When it was said: by the words that report it, the sentence, the speaker, the paragraph or the day of the news.</summary>
public sealed partial class StatementRules
{
    /// <summary>
    /// When it was said: by the words reporting the speech; else by what the article said of that speaker;
    /// else, for "denounced as illegal by X", by the date of the sentence; for a clause with a subject of its
    /// own ("referendums that Kyiv slammed as bogus"), only by a date in that clause; else on the day the story is about.
    /// </summary>
    private static PartialDate StatementDate(Reading r, int? verb, int cue, Speaker? speaker, Context context, bool passive)
    {
        if (verb is not null && DateAtVerb(r, verb) is { } said) return said;
        // "Algeria says ...": what a state says now is dated by the paper, not by the news of the day.
        if (verb is { } v && r.Tokens[v].Lower.EndsWith('s') && !r.Tokens[v].Lower.EndsWith("ss"))
        {
            // "Pompeo on Wednesday issued a statement declaring that the United States rejects ...": the report's own day.
            for (var k = r.Dates.Count - 1; k >= 0; k--)
            {
                var (token, date) = r.Dates[k];
                if (token >= v || r.InQuote(token) || !Usable(date) || r.Tokens.Skip(token).Take(v - token).Any(t => t.Lower is ";" or ":")) continue;
                if (date.Date.Precision == DatePrecision.Day) return date.Date;
            }
            // "Kyiv insists that Russia withdraw ..., the foreign ministry reiterated on Tuesday": the attribution at the end dates it.
            var trailing = r.SpeechVerbs.FirstOrDefault(t => t.First > cue && !r.InQuote(t.First) && r.Tokens.Skip(cue).Take(t.First - cue).Any(x => x.Lower == ","));
            if (trailing.End > 0 && DateAtVerb(r, trailing.First) is { } late) return late;
            return context.Published.ToPartial();
        }
        // A date of the sentence's own comes before what was said of the speaker earlier: "Putin, on February 21, signed decrees recognising ...".
        if (verb is null)
        {
            var (start, stop) = Clauses.Around(r, cue, cue + 1);
            var relative = start > 0 && r.Tokens[start - 1].Lower is "that" or "which" or "who" or "whom";
            var ownSubject = relative && r.Mentions.Any(m => m.First >= start && m.End <= cue && m.ActorCode is not null);
            var near = passive || !ownSubject ? NearestDate(r, cue, spoken: true) : NearestDate(r, cue, start, stop, spoken: true);
            if (near is not null) return near.Value;
        }
        if (speaker is not null && context.DateOf(speaker) is { } known) return known;
        return context.DayOfParagraph(r.Sentence.Paragraph, r.Sentence.Index) ?? context.NewsDay;
    }

    /// <summary>A date in the words that report the speech: "On Tuesday, X said", "X told reporters Thursday that".</summary>
    /// <remarks>"has controlled Dokdo since 1954 and says ...": a "since" tells how long something lasted, never when anyone spoke.</remarks>
    public static PartialDate? DateAtVerb(Reading r, int? verb)
    {
        if (verb is null) return null;
        var v = verb.Value;
        var start = v;
        while (start > 0 && r.Tokens[start - 1].Kind != TokenKind.QuoteMark && r.Tokens[start - 1].Lower is not ("that" or ";")) start--;
        var stop = v + 1;
        while (stop < r.Tokens.Count && stop - v <= 6 && r.Tokens[stop].Lower is not ("that" or ":") && r.Tokens[stop].Kind != TokenKind.QuoteMark) stop++;
        // "told the U.N. General Assembly in New York on Friday": the audience told is a long object, and the day comes after it.
        var told = stop;
        if (r.Tokens[v].Lower is "told" or "tells" or "tell" or "addressed" or "addresses" or "briefed")
            while (told < r.Tokens.Count && told - v <= 11 && r.Tokens[told].Lower is not ("that" or ":" or "," or ";" or "." or "and" or "but" or "after" or "before" or "when" or "while" or "as")
                   && r.Tokens[told].Kind != TokenKind.QuoteMark) told++;
        return r.Dates
            .Where(d => d.Token >= start && (d.Token < stop || (d.Token < told && d.Date.Date.Precision == DatePrecision.Day))
                        && Usable(d.Date) && !r.InQuote(d.Token) && !FactRules.SinceDate(r, d)
                        // "the 1974 agreement" after the verb; "New Delhi's 2019 decision" before it too, though "at their July 16
                        // meeting, Putin told reporters" is dated by its day.
                        && !((d.Token > v || d.Date.Date.Precision == DatePrecision.Year) && Attributive(r, d.Token)))
            // "in a statement issued on Monday about the incident of Aug. 5": a date that names another event is not the speech's.
            .OrderBy(d => d.Token > 0 && r.Tokens[d.Token - 1].Lower == "of")
            .ThenBy(d => Math.Abs(d.Token - v))
            .Select(d => (PartialDate?)d.Date.Date)
            .FirstOrDefault();
    }

    /// <summary>
    /// "Netanyahu said the 1974 disengagement agreement had collapsed": after the verb, a year naming a thing is not when anyone
    /// spoke. Before it, "at their July 16 meeting, Putin told reporters" still dates the words.
    /// </summary>
    public static bool Attributive(Reading r, int date) =>
        date > 0 && r.Tokens[date - 1].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" or "'s";

    /// <summary>The date nearest a cue; "Kosovo's 2008 declaration", "the 2014 annexation" name things, not when anyone spoke.</summary>
    public static PartialDate? NearestDate(Reading r, int at, int start = 0, int stop = int.MaxValue, bool spoken = false) => r.Dates
        .Where(d => Usable(d.Date) && !r.InQuote(d.Token) && d.Token >= start && d.Token < stop
                    && !(d.Date.Date.Precision == DatePrecision.Year && Attributive(r, d.Token)) && !(spoken && FactRules.SinceDate(r, d)))
        .OrderBy(d => Math.Abs(d.Token - at))
        .Select(d => (PartialDate?)d.Date.Date)
        .FirstOrDefault();

    public static bool Usable(DateMention date) => (date.Flags & (DateFlags.Future | DateFlags.AnchorOnly)) == 0;
}
