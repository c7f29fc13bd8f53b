using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Referendums held: "in a 2006 referendum", "votes held there from September 23 to 27", "Gibraltarians have twice
/// voted: in 1967 ... and in 2002". A vote over several days is dated by its month; one proposed, required or never
/// scheduled is not held.
/// </summary>
public sealed partial class FactRules
{
    private IEnumerable<FactDraft> Referendums(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Provenance article)
    {
        var seen = new HashSet<(string, PartialDate)>();
        foreach (var trigger in r.Referendums)
        {
            if (!Reported(r, trigger.First) || r.Sentence.Index < context.Lead) continue;
            var (start, stop) = Clauses.Around(r, trigger.First, trigger.End);
            // "no such vote has been scheduled", "proposed a referendum": near the word, in its clause.
            // "a non-binding independence vote", "a non-recognised plebiscite": a prefix of the vote's adjective negates nothing.
            if (r.Negations.Any(n => n.First >= Math.Max(start - 2, trigger.First - 5) && n.End <= Math.Min(stop, trigger.End + 4) && !InRelativeClause(r, trigger.End, n.First)
                                     && !(r.Tokens[n.First].Lower == "non" && n.End <= trigger.First))
                || r.NotYet.Any(n => n.First >= Math.Max(start, trigger.First - 4) && n.End <= Math.Min(stop, trigger.End + 3))
                || Unrealised(r, start, trigger.First)
                // "without setting any date for a vote on independence": a vote the sentence says has no day yet.
                || Without(r, Math.Max(start, trigger.First - 7), trigger.First)) continue;
            // "The referendum has no legal value, the ambassador said on Monday": Monday is when it was said.
            var spoken = r.SpeechVerbs.Where(v => v.First > trigger.End).Select(v => StatementRules.DateAtVerb(r, v.First)).OfType<PartialDate>().ToHashSet();
            var dates = r.Dates.Where(d => StatementRules.Usable(d.Date) && !r.InQuote(d.Token) && !(d.Token > trigger.End && spoken.Contains(d.Date.Date)))
                .Select(d => d.Date.Date).Distinct().ToList();
            // An undated mention ("the so-called referendums ... have no validity") looks back at a vote; only one
            // reported as being held is the news of the day.
            if (dates.Count == 0)
            {
                if (!r.Tokens.Any(t => HeldWords.Contains(t.Lower))) continue;
                dates.Add(context.NewsDay);
            }
            var severalDays = SeveralDays(r);
            var result = Result(r, trigger.End);
            var named = TerritorySpots.Ids(spots.Where(s => !r.InQuote(s.First)));
            var recent = named.Count > 0 ? named : context.Recent(r.Sentence.Index, r.Sentence.Paragraph, reach: 2);
            if (recent.Count == 0 && context.Dominant is { } dominant) recent = [dominant];
            foreach (var id in recent)
                // "voted in 1967 ... and in 2002": one referendum a year; otherwise the one the nearest date gives.
                foreach (var date in YearsApart(dates) ? dates : [StatementRules.NearestDate(r, trigger.First) ?? dates[0]])
                {
                    var day = severalDays && date.Precision == DatePrecision.Day ? date.Truncate(DatePrecision.Month) : date;
                    if (seen.Add((id, day)))
                        yield return Draft(new ReferendumHeld(id, day, result, With(article, r, 0.75, "referendum")), r, 0.75);
                }
        }
    }

    private static bool Without(Reading r, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (r.Tokens[i].Lower == "without") return true;
        return false;
    }

    /// <summary>"a 2006 referendum that no government recognised": the negation belongs to the clause about the vote, not to its holding.</summary>
    private static bool InRelativeClause(Reading r, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (r.Tokens[i].Lower is "that" or "which" or "whose") return true;
        return false;
    }

    /// <summary>"would have to be approved in a referendum", "talked of holding a referendum", "can choose by a referendum": not held.</summary>
    private static bool Unrealised(Reading r, int start, int trigger)
    {
        for (var i = Math.Max(start, trigger - 10); i < trigger; i++)
        {
            var word = r.Tokens[i].Lower;
            if (word is "would" or "could" or "can" or "might" or "may" or "should" or "must" or "will" or "'ll") return true;
            if (word == "holding" && i > 0 && r.Tokens[i - 1].Lower is "of" or "about" or "on") return true;
            // "asked the court to stop Venezuela from holding a referendum", "banned the vote", "called off the plebiscite".
            if (word is "stop" or "prevent" or "prevented" or "block" or "blocked" or "bar" or "barred" or "halt" or "halted" or "ban" or "banned"
                or "cancel" or "cancelled" or "canceled" or "postpone" or "postponed" or "scrapped" or "shelved" or "suspend" or "suspended") return true;
        }
        return false;
    }

    private static readonly HashSet<string> HeldWords =
        ["held", "holds", "holding", "voted", "vote", "votes", "voting", "polls", "ballots", "staged", "organised", "organized", "conducted", "took", "taking", "went", "cast", "casting"];

    private static bool YearsApart(List<PartialDate> dates) => dates.Count > 1 && dates.Select(d => d.Year).Distinct().Count() == dates.Count;

    /// <summary>"a two-day referendum", "from September 23 to 27", "on Sunday and Monday".</summary>
    private static bool SeveralDays(Reading r)
    {
        for (var i = 0; i + 2 < r.Tokens.Count; i++)
        {
            var (a, b, c) = (r.Tokens[i].Lower, r.Tokens[i + 1].Lower, r.Tokens[i + 2].Lower);
            if (a is "two" or "three" or "four" or "five" && b == "-" && c is "day") return true;
            if (a == "from" && r.Dates.Any(d => d.Token == i || d.Token == i + 1) && r.Tokens.Skip(i).Take(8).Any(t => t.Lower == "to")) return true;
        }
        return r.Dates.Count(d => d.Date.Date.Precision == DatePrecision.Day) >= 2 && r.Tokens.Any(t => t.Lower == "and")
               && r.Tokens.Any(t => t.Lower is "ballots" or "voting" or "polls" or "cast");
    }

    /// <summary>"... in which 96.8 percent of participants voted in favor": from the figure to the end of its clause.</summary>
    private static string? Result(Reading r, int after)
    {
        for (var i = after; i < r.Tokens.Count - 1; i++)
        {
            if (r.Tokens[i].Kind != TokenKind.Number || r.Tokens[i + 1].Lower is not ("percent" or "%" or "per")) continue;
            var end = i;
            while (end < r.Tokens.Count && r.Tokens[end].Lower is not ("," or ";" or ".")) end++;
            return r.Surface(i, end);
        }
        return null;
    }
}
