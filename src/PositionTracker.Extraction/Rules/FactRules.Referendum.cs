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
        foreach (var trigger in r.Referendums.Concat(PopularVotes(r, spots)))
        {
            if (!Reported(r, trigger.First) || r.Sentence.Index < context.Lead) continue;
            var (start, stop) = Clauses.Around(r, trigger.First, trigger.End);
            // "no such vote has been scheduled", "proposed a referendum": near the word, in its clause.
            // "a non-binding independence vote", "a non-recognised plebiscite": a prefix of the vote's adjective negates nothing.
            if (r.Negations.Any(n => n.First >= Math.Max(start - 2, trigger.First - 5) && n.End <= Math.Min(stop, trigger.End + 4) && !InRelativeClause(r, trigger.End, n.First)
                                     && !(r.Tokens[n.First].Lower == "non" && n.End <= trigger.First))
                || r.NotYet.Any(n => n.First >= Math.Max(start, trigger.First - 4) && n.End <= Math.Min(stop, trigger.End + 3))
                || Unrealised(r, start, trigger.First)
                || NeverHeld(r, trigger.End)
                // "without setting any date for a vote on independence": a vote the sentence says has no day yet.
                || Without(r, Math.Max(start, trigger.First - 7), trigger.First)) continue;
            // "The referendum has no legal value, the ambassador said on Monday": Monday is when it was said.
            // "in 2002, when almost 99 percent rejected the plan": the voters' verb is the vote's, not a speech.
            var spoken = r.SpeechVerbs.Where(v => v.First > trigger.End && !ByVoters(r, v.First)).Select(v => StatementRules.DateAtVerb(r, v.First)).OfType<PartialDate>().ToHashSet();
            var dates = r.Dates.Where(d => StatementRules.Usable(d.Date) && !r.InQuote(d.Token) && !(d.Token > trigger.End && spoken.Contains(d.Date.Date)))
                .Select(d => d.Date.Date).Distinct().ToList();
            // "the anniversary of a 1967 referendum", "the March 2014 referendum": the vote's own date, whatever else the sentence dates.
            var own = r.Dates.FirstOrDefault(d => d.Token < trigger.First && trigger.First - d.Token <= 2 && StatementRules.Usable(d.Date) && StatementRules.Attributive(r, d.Token));
            if (own.Date is not null) dates = [own.Date.Date];
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
                foreach (var date in YearsApart(dates) || own.Date is not null ? dates : [StatementRules.NearestDate(r, trigger.First) ?? dates[0]])
                {
                    var day = severalDays && date.Precision == DatePrecision.Day ? date.Truncate(DatePrecision.Month) : date;
                    if (seen.Add((id, day)))
                        yield return Draft(new ReferendumHeld(id, day, result, With(article, r, 0.75, "referendum")), r, 0.75);
                }
        }
    }

    /// <summary>
    /// A territory's people voting on its fate is a referendum, named or not: "Gibraltarians have twice voted on the
    /// question", "Crimea voted overwhelmingly to join Russia", "voters in Mayotte voted for ...". Not a parliament or a
    /// state voting ("Crimea's parliament voted", "Ukraine voted against the resolution" names no territory), nor an election.
    /// Voters may also back, approve or reject: "voters in Mayotte backed becoming a French department".
    /// </summary>
    private static IEnumerable<Found<bool>> PopularVotes(Reading r, IReadOnlyList<TerritorySpot> spots)
    {
        for (var v = 1; v < r.Tokens.Count; v++)
        {
            if (r.Tokens[v].Lower is not ("voted" or "backed" or "approved" or "rejected" or "chose" or "endorsed")) continue;
            var subject = v;
            // "Gibraltarians have twice voted", "Voters in Mayotte on Sunday backed": adverbs and a date may stand between.
            while (subject > 0 && (VoteAdverbs.Contains(r.Tokens[subject - 1].Lower) || r.InDate(subject - 1)
                                   || (r.Tokens[subject - 1].Lower is "on" or "in" or "last" && subject < v && r.InDate(subject)))) subject--;
            var people = spots.FirstOrDefault(s => s.Explicit && s.End == subject);
            var residents = people.Territories is not null && people.First >= 2 && r.Tokens[people.First - 1].Lower is "in" or "of"
                            && Residents.Contains(r.Tokens[people.First - 2].Lower);
            // Only voters back or reject at the ballot box: "Crimea rejected the claim" is a statement, "Voters in Crimea backed joining Russia" a vote.
            if (people.Territories is null || (!residents && r.Tokens[v].Lower != "voted")) continue;
            // "Voters in Nagorno-Karabakh approved a new constitution": what voters approve is put to a vote, an election aside.
            if (!(residents && r.Tokens[v].Lower != "voted" && !Elected(r, v)) && !OnItsFate(r, v)) continue;
            yield return new Found<bool>(residents ? people.First - 2 : people.First, v + 1, true);
        }
    }

    /// <summary>"A referendum on self-determination, promised under the 1991 ceasefire, has never taken place", "was not held".</summary>
    private static bool NeverHeld(Reading r, int after)
    {
        for (var i = after; i < r.Tokens.Count - 1; i++)
        {
            if (r.Tokens[i].Lower is not ("never" or "not" or "n't") || r.InQuote(i)) continue;
            for (var k = i + 1; k < Math.Min(r.Tokens.Count, i + 4); k++)
                if (r.Tokens[k].Lower is "held" or "happened" or "materialised" or "materialized" or "organised" or "organized"
                    || (r.Tokens[k].Lower is "taken" or "took" && k + 1 < r.Tokens.Count && r.Tokens[k + 1].Lower == "place"))
                    return true;
        }
        return false;
    }

    private static bool ByVoters(Reading r, int verb) =>
        r.Tokens.Skip(Math.Max(0, verb - 3)).Take(Math.Min(3, verb)).Any(t => t.Lower is "percent" or "%" or "majority" or "voters");

    private static bool Elected(Reading r, int voted)
    {
        for (var i = voted + 1; i < Math.Min(r.Tokens.Count, voted + 10); i++)
            if (r.Tokens[i].Lower is "election" or "elections" or "president" or "parliament" or "candidate" or "candidates" or "party" or "resolution" or "motion" or "bill")
                return true;
        return false;
    }

    private static readonly HashSet<string> VoteAdverbs =
        ["have", "has", "had", "twice", "once", "again", "also", "already", "overwhelmingly", "narrowly", "decisively", "unanimously", "almost", "nearly", "massively"];

    private static readonly HashSet<string> Residents = ["voters", "residents", "people", "inhabitants", "citizens", "population"];

    /// <summary>What the vote was on: "to join", "for independence", "against", "in favour", "on the question"; never an election.</summary>
    private static bool OnItsFate(Reading r, int voted)
    {
        var stop = Math.Min(r.Tokens.Count, voted + 10);
        if (Elected(r, voted)) return false;
        if (voted + 1 < r.Tokens.Count && r.Tokens[voted + 1].Lower is "joining" or "independence" or "remaining" or "staying" or "becoming" or "leaving" or "secession" or "union" or "reunification")
            return true;
        for (var i = voted + 1; i < stop - 1; i++)
        {
            var (word, next) = (r.Tokens[i].Lower, r.Tokens[i + 1].Lower);
            if (word is "," or ";" or ".") return false;
            if (word is "to" && next is "join" or "stay" or "remain" or "become" or "leave" or "secede" or "break" or "reject" or "be" or "keep" or "pass" or "return" or "rejoin" or "unite") return true;
            if (word is "for" or "against" && next is "independence" or "joining" or "union" or "unification" or "reunification" or "secession" or "the" or "a" or "sovereignty" or "self") return true;
            if (word is "in" && next is "favour" or "favor") return true;
            if (word is "on" && next is "the" or "independence" or "joining" or "whether" or "sovereignty" or "their" or "its") return true;
        }
        return false;
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
