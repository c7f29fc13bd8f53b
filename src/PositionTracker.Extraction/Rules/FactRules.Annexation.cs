using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Annexations the article dates: "Crimea, which Russia annexed in 2014", "signed treaties under which the four
/// territories join the Russian Federation". Dated as the article dates the act (the treaty's day, not the vote's);
/// an attempt, a plan or an undated mention is not an annexation.
/// </summary>
public sealed partial class FactRules
{
    private IEnumerable<FactDraft> Annexations(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Provenance article,
        List<Found<AnnexationTrigger>> annexing)
    {
        var lexicon = ExtractionLexicon.Default;
        foreach (var trigger in r.Annexations.Concat(MadePartOf(r)))
        {
            if (!Reported(r, trigger.First) || Attempted(r, trigger.First, trigger.End) || Voted(r, trigger.First)) continue;
            if (trigger.Value.Verbal && Adjectival(r, trigger.First, trigger.End, lexicon)) continue;
            var (start, stop) = Clauses.Around(r, trigger.First, trigger.End);
            stop = Clauses.ThroughList(r, stop, comma => spots.Any(s => s.End == comma)
                ? spots.FirstOrDefault(s => s.First == comma + 1 || s.First == comma + 2) is { Territories: not null } next ? next.First : null
                : null);
            // The clause's own date nearest the act, else the sentence's first: "captured in 1967 and annexed it in 1981";
            // "On Friday Putin signed treaties ..., after votes held from September 23".
            if ((DateNear(r, trigger.First, start, stop) ?? FirstDate(r)) is not { } date) continue;
            var annexer = InTrigger(r, trigger.First, trigger.End) ?? ByAfter(r, trigger.End) ?? SubjectBefore(r, trigger.First, context);
            if (annexer is null) continue;
            foreach (var id in Annexed(r, spots, trigger, start, stop).Distinct())
            {
                var territory = gazetteer.TerritoryById(id);
                if (territory is null || territory.RecognizedAs == annexer) continue;
                // "seized control of" is an annexation by a claimant that still holds it (Crimea), else a change of hands (the Falklands in 1982).
                if (trigger.Value.ClaimantOnly && (!territory.Claimants.Contains(annexer) || territory.Holder != annexer)) continue;
                var from = FromAfter(r, trigger.End) ?? territory.RecognizedAs ?? territory.Claimants.FirstOrDefault(c => c != annexer);
                if (from is null || from == annexer) continue;
                context.Annexed.Add(id);
                annexing.Add(trigger);
                yield return Draft(new TerritoryAnnexed(annexer, from, id, OwnDate(r, spots, id, trigger.End, stop) ?? date,
                    With(article, r, 0.8, "annexation")), r, 0.8);
            }
        }
    }

    /// <summary>
    /// "Crimea, which Russia annexed": the territory the relative clause hangs on; else those of the clause; else a
    /// list after a colon or dash; else the territory just before.
    /// </summary>
    private static IEnumerable<string> Annexed(Reading r, IReadOnlyList<TerritorySpot> spots, Found<AnnexationTrigger> trigger, int start, int stop)
    {
        var territories = spots.Where(s => s.First >= start && s.End <= stop).SelectMany(s => s.Territories).ToList();
        // "..., under which the four territories join Russia": a relative clause with a subject of its own is about that.
        var ownSubject = spots.Any(s => s.First >= start && s.End <= trigger.First);
        if (!ownSubject && start >= 2 && r.Tokens[start - 1].Lower is "which" or "that"
            && spots.LastOrDefault(s => s.End <= start - 1 && s.End >= start - 3) is { Territories.Count: > 0 } antecedent)
            return antecedent.Territories;
        if (territories.Count == 0) territories = spots.Where(s => s.First >= trigger.End).SelectMany(s => s.Territories).ToList();
        if (territories.Count == 0 && spots.LastOrDefault(s => s.End <= trigger.First) is { Territories.Count: > 0 } before)
            territories = before.Territories.ToList();
        return territories;
    }

    /// <summary>
    /// "residents voted to join Russia", "Crimea voted overwhelmingly in March 2014 to join Russia", "the parliament voted
    /// to ask Moscow to annex it": a vote's choice or a request, dated by the vote; the annexation is the state's own act.
    /// </summary>
    private static bool Voted(Reading r, int trigger)
    {
        if (trigger < 2 || r.Tokens[trigger - 1].Lower != "to") return false;
        for (var i = trigger - 2; i >= Math.Max(0, trigger - 9); i--)
        {
            var word = r.Tokens[i].Lower;
            if (word is "," or ";" or "." or ":" || r.Tokens[i].Kind == TokenKind.QuoteMark) return false;
            if (word is "voted" or "vote" or "votes" or "voting" or "chose" or "opted" or "backed" or "decided") return true;
        }
        return false;
    }

    /// <summary>"signed a treaty making Crimea and the city of Sevastopol part of the Russian Federation".</summary>
    private static IEnumerable<Found<AnnexationTrigger>> MadePartOf(Reading r)
    {
        for (var i = 0; i < r.Tokens.Count; i++)
        {
            if (r.Tokens[i].Lower is not ("making" or "made" or "make" or "makes")) continue;
            for (var j = i + 2; j + 2 < r.Tokens.Count && j - i <= 12 && r.Tokens[j].Lower is not ("." or ";"); j++)
                if (r.Tokens[j].Lower == "part" && r.Tokens[j + 1].Lower == "of" && r.MentionAt(j + 2) is { ActorCode: not null } state
                    && r.Mentions.Any(m => m.First > i && m.End <= j && m.Is(MentionKind.Territory)))
                {
                    yield return new Found<AnnexationTrigger>(j, state.End, new AnnexationTrigger("made part of", false, false));
                    break;
                }
        }
    }

    private static PartialDate? DateNear(Reading r, int trigger, int start, int stop) => r.Dates
        .Where(d => d.Token >= start && d.Token < stop && StatementRules.Usable(d.Date) && !r.InQuote(d.Token))
        .OrderBy(d => d.Token >= trigger ? 0 : 1).ThenBy(d => Math.Abs(d.Token - trigger))
        .Select(d => (PartialDate?)d.Date.Date).FirstOrDefault();

    /// <summary>"annexed East Jerusalem in 1980 and the Golan Heights in 1981": each territory of a list with a date of its own.</summary>
    private static PartialDate? OwnDate(Reading r, IReadOnlyList<TerritorySpot> spots, string id, int after, int stop)
    {
        var listed = spots.Where(s => s.First >= after && s.End <= stop).ToList();
        var at = listed.FindIndex(s => s.Territories.Contains(id));
        if (listed.Count < 2 || at < 0) return null;
        var until = at + 1 < listed.Count ? listed[at + 1].First : stop;
        return r.Dates.Where(d => d.Token >= listed[at].End && d.Token < until && StatementRules.Usable(d.Date) && !r.InQuote(d.Token))
            .Select(d => (PartialDate?)d.Date.Date).FirstOrDefault();
    }

    /// <summary>"attempted annexation", "plans to annex", "any annexation": not done.</summary>
    /// <summary>"tried to annex", "Russia's attempted annexation", "the purported annexation": the words before it and within it.</summary>
    private static bool Attempted(Reading r, int first, int end)
    {
        for (var i = Math.Max(0, first - 3); i < end; i++)
            if (AttemptWords.Contains(r.Tokens[i].Lower)) return true;
        return false;
    }

    private static readonly HashSet<string> AttemptWords =
    [
        "attempt", "attempted", "attempts", "attempting", "plan", "plans", "planned", "planning", "bid", "threat", "threatened", "threatens",
        "move", "moves", "trying", "tried", "seek", "seeks", "sought", "any", "possible", "prevent", "against", "oppose", "opposes",
        "purported", "sham", "pretended",
    ];

    /// <summary>"the annexed regions", "four annexed regions" describe, they do not report an annexation.</summary>
    private static bool Adjectival(Reading r, int first, int end, ExtractionLexicon lexicon) =>
        (end < r.Tokens.Count && lexicon.AnnexationNouns.Contains(r.Tokens[end].Lower))
        || (end < r.Tokens.Count - 1 && r.MentionAt(end)?.Is(MentionKind.Actor) == true && lexicon.AnnexationNouns.Contains(r.Tokens[r.MentionAt(end)!.End].Lower))
        || (first > 0 && lexicon.Determiners.Contains(r.Tokens[first - 1].Lower) && !r.Tokens[first - 1].Lower.EndsWith("ly"));

    private static PartialDate? FirstDate(Reading r) => r.Dates
        .Where(d => StatementRules.Usable(d.Date) && !r.InQuote(d.Token)).Select(d => (PartialDate?)d.Date.Date).FirstOrDefault();
}
