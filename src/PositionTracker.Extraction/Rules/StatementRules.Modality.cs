using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>What the words do: state, ask, hedge, negate, demand, or describe what someone else holds.</summary>
public sealed partial class StatementRules
{
    /// <summary>A demand, goal or condition governs the words: "must", "demanded that", "as soon as", "until".</summary>
    private static bool Demanded(Reading r, int cue)
    {
        for (var i = cue - 1; i >= 0 && cue - i <= 16; i--)
        {
            var word = r.Tokens[i].Lower;
            if (word is "." or ";") break;
            if (DemandWords.Contains(word)) return true;
            // "we are going to recover it": an intent, like "will".
            if (word == "going" && i + 1 < cue && r.Tokens[i + 1].Lower == "to") return true;
            // "for Russia a settlement still meant Ukrainian forces leaving the Donbas": the terms of a deal.
            if (word is "meant" or "means" or "mean" or "entails" or "entailed" && r.Tokens.Take(i).TakeLast(4).Any(t => TermsNouns.Contains(t.Lower)))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> TermsNouns = ["settlement", "deal", "peace", "agreement", "ceasefire", "truce", "accord"];

    private static readonly HashSet<string> DemandWords =
    [
        "must", "should", "ought", "demand", "demanded", "demands", "demanding", "urge", "urged", "urges", "call", "called", "calls",
        "insist", "insisted", "insists", "want", "wants", "wanted", "expect", "expects", "expected", "require", "requires", "required",
        "if", "once", "unless", "until", "soon", "provided", "need", "needs", "goal", "aim", "condition", "will", "vow", "vowed", "vows",
        "pledge", "pledged", "promise", "promised", "determined", "intend", "intends", "struggle", "fight", "seek", "seeks", "sought", "pressing",
    ];

    /// <summary>"That version would have required Ukraine to withdraw": what a plan never adopted would have done, whatever the rule's mood.</summary>
    private static bool Counterfactual(Reading r, int cue)
    {
        // "Should Ukraine be forced to cede the Donbas, ...", "Were Russia to withdraw, ...": a condition put first by inversion.
        var opener = r.Tokens.FindIndex(t => t.Kind != TokenKind.QuoteMark);
        if (opener >= 0 && opener < cue && r.Tokens[opener].Lower is "should" or "were" or "had" && !r.Tokens.Any(t => t.Lower == "?")
            && !r.Tokens.Skip(opener).Take(cue - opener).Any(t => t.Lower is "," or ";"))
            return true;
        for (var i = cue - 1; i >= 1 && cue - i <= 8; i--)
        {
            if (r.Tokens[i].Lower is "." or ";") break;
            if (r.Tokens[i].Lower == "have" && r.Tokens[i - 1].Lower is "would" or "could" or "might" or "'d") return true;
            // "If Russia were to pull its forces out of Kherson, ...": a supposition, not a demand.
            if (r.Tokens[i].Lower == "to" && r.Tokens[i - 1].Lower is "were" or "was" && r.Tokens.Take(i).TakeLast(6).Any(t => t.Lower is "if" or "suppose" or "supposing"))
                return true;
        }
        return false;
    }

    /// <summary>"could", "might", "would have", "if" in the cue's clause before it: a possibility, not a position.</summary>
    private static bool Hedged(Reading r, int cue) =>
        r.Hedges.Any(h => h.End <= cue && cue - h.End <= 10 && SameClause(r, h.First, cue));

    /// <summary>
    /// Words that are not the speaker's own position though they read like one: what someone is accused of ("accused
    /// Zelensky of refusing to give up"; but accusing China of occupying a reef is the accuser rejecting it), what someone
    /// else is asked to do ("demanding that Kyiv recognise"), and what anonymous sources say.
    /// </summary>
    private static string? Framed(Reading r, int cue, bool accusing, bool requesting)
    {
        for (var i = cue - 1; i >= 0 && cue - i <= 14; i--)
        {
            var word = r.Tokens[i].Lower;
            if (word is "." or ";") break;
            if (accusing && word is "accused" or "accuses" or "accusing" && r.Tokens.Skip(i).Take(cue - i).Any(t => t.Lower == "of")) return "is what someone is accused of";
            // "The Kremlin denied reports that it was ready to discuss ...": what is denied is not held.
            if (word is "denied" or "denies" or "deny" or "denying" && r.Tokens.Skip(i + 1).Take(Math.Min(4, cue - i - 1)).Any(t => t.Lower is "that" or "reports" or "claims" or "suggestions"))
                return "is what someone denies";
            // "demanding that Russia withdraw from Crimea" is the demand itself; "demanding that Kyiv recognise" is not Kyiv's recognition.
            if (requesting && word is "demanding" or "urging" or "asking" or "pressing" or "pressuring" && i + 1 < cue && r.Tokens[i + 1].Lower is "that" or "for")
                return "is what someone else is asked to do";
            // "acknowledges, but has never endorsed, Beijing's position that Taiwan is part of China": another's view, described.
            if (word is "position" or "view" or "claim" or "contention" or "assertion" or "insistence" or "argument" && i + 1 < cue
                && r.Tokens[i + 1].Lower == "that" && i >= 2 && r.Tokens[i - 1].Lower == "'s")
                return "is another's position, described";
        }
        foreach (var t in r.Tokens)
            if (t.Lower is "anonymity" or "briefed" or "unnamed") return "comes from an anonymous source";
        return null;
    }

    /// <summary>
    /// "has offered to recognise Crimea as Russian", "a plan to recognise", "any agreement recognising Crimea as Russian":
    /// recognition on offer or in a text not adopted is not recognition given.
    /// </summary>
    internal static bool Offered(Reading r, int cue)
    {
        if (cue >= 2 && r.Tokens[cue - 1].Lower == "to" && OfferWords.Contains(r.Tokens[cue - 2].Lower)) return true;
        return cue >= 1 && r.Tokens[cue].Lower.EndsWith("ing") && TextNouns.Contains(r.Tokens[cue - 1].Lower);
    }

    private static readonly HashSet<string> OfferWords =
        ["offer", "offers", "offered", "offering", "proposal", "proposals", "plan", "plans", "planned", "proposed", "proposes", "propose",
         "ready", "prepared", "willing"];

    private static readonly HashSet<string> TextNouns = ["agreement", "deal", "plan", "proposal", "treaty", "accord", "document", "text", "draft", "settlement", "resolution"];

    /// <summary>
    /// A negation in the cue's clause, a few words before it ("will never, ever recognise"), unless another cue holds
    /// it or stands nearer to it ("never renounce its claims") or it belongs to a verb of speech between ("did not say that").
    /// </summary>
    private static bool Negated(Reading r, int cue, int cueEnd, StanceRule rule) =>
        r.Negations.Any(n => n.End <= cue && (cue - n.End <= 6 || Covered(r, n, cue, rule)) && SameClause(r, n.First, cue) && !Unrelenting(r, n.End)
                             && !r.SpeechVerbs.Any(v => v.First >= n.End && v.First < cue) && !Factive(r, n.End, cue)
                             && !(rule.Stance == Stance.ClaimsSovereignty && Renouncing(r, n.End, cue))
                             // Another cue holding the negation ("not cede an inch") takes it, unless it says what this one negated says.
                             && !r.Stances.Any(other => other.First != cue && other.First <= n.First && n.End <= other.End
                                                        && other.Value.Rule.Stance != rule.Negated)
                             && !r.Stances.Any(other => other.First >= n.End && other.First < cue));

    /// <summary>
    /// "not one square inch of the Essequibo would be surrendered": a negation another cue already reads as this one's
    /// negated stance ("not one square inch") reaches the verb that ends its clause, however far off.
    /// </summary>
    private static bool Covered(Reading r, Found<bool> negation, int cue, StanceRule rule) =>
        rule.Negated is { } negated && cue - negation.End <= 12
        && r.Stances.Any(other => other.First <= negation.First && negation.End <= other.End && other.End <= cue && other.Value.Rule.Stance == negated);

    /// <summary>"has not given up its claim to sovereignty over Gibraltar": not renouncing a claim keeps it.</summary>
    private static bool Renouncing(Reading r, int from, int cue)
    {
        for (var i = from; i < cue; i++)
        {
            var w = r.Tokens[i].Lower;
            if (w.StartsWith("renounc") || w.StartsWith("abandon") || w.StartsWith("relinquish") || w.StartsWith("waive") || w.StartsWith("surrender")
                || w is "drop" or "drops" or "dropped" or "dropping" || (w is "give" or "gives" or "gave" or "given" or "giving" && i + 1 < cue && r.Tokens[i + 1].Lower == "up"))
                return true;
        }
        return false;
    }

    /// <summary>"would not change the fact that it was an Indian state": what follows "the fact that" is asserted, not denied.</summary>
    private static bool Factive(Reading r, int from, int cue)
    {
        for (var i = from; i + 1 < cue; i++)
            if (r.Tokens[i].Lower is "fact" or "reality" && r.Tokens[i + 1].Lower == "that") return true;
        return false;
    }

    /// <summary>"will never stop demanding", "will not rest until", "accept nothing less than": a negation that insists.</summary>
    private static bool Unrelenting(Reading r, int after)
    {
        var at = after < r.Tokens.Count && r.Tokens[after].Lower == "ever" ? after + 1 : after;
        return at < r.Tokens.Count && r.Tokens[at].Lower is "stop" or "stops" or "cease" or "ceases" or "rest" or "tire" or "relent" or "waver" or "less";
    }

    private enum QuestionAnswer { Statement, Yes, No, None }

    /// <summary>
    /// Words that end in a question mark ask rather than state; an answer right after ("Of course not", "No") says
    /// what the speaker holds, and a question left open says nothing.
    /// </summary>
    private static QuestionAnswer Answer(Reading r, int cueEnd)
    {
        var mark = -1;
        for (var i = cueEnd; i < r.Tokens.Count; i++)
        {
            if (r.Tokens[i].Lower is "." or "!" or ";") return QuestionAnswer.Statement;
            if (r.Tokens[i].Lower == "?") { mark = i; break; }
        }
        if (mark < 0) return QuestionAnswer.Statement;
        var next = mark + 1;
        while (next < r.Tokens.Count && r.Tokens[next].Kind == TokenKind.QuoteMark) next++;
        if (next >= r.Tokens.Count) return QuestionAnswer.None;
        var first = r.Tokens[next].Lower;
        var second = next + 1 < r.Tokens.Count ? r.Tokens[next + 1].Lower : "";
        var third = next + 2 < r.Tokens.Count ? r.Tokens[next + 2].Lower : "";
        if (first is "no" or "not" or "never" or "nowhere" || (first is "certainly" or "absolutely" or "definitely" && second is "not")
            || (first == "of" && second == "course" && third is "not")) return QuestionAnswer.No;
        if (first is "yes" or "absolutely" or "certainly" || (first == "of" && second == "course")) return QuestionAnswer.Yes;
        return QuestionAnswer.None;
    }

    private static bool SameClause(Reading r, int a, int b)
    {
        for (var i = Math.Min(a, b); i < Math.Max(a, b); i++)
            if (r.Tokens[i].Lower is "," or ";" or ":" or "(" or ")" or "but" or "while" or "although" or "though" or "whereas"
                || (r.Tokens[i].Lower == "-" && i > 0 && r.Tokens[i].Start > r.Tokens[i - 1].End) // a dash, not the hyphen of "non-negotiable"
                || r.QuoteOf[i] != r.QuoteOf[b]) return false;
        return true;
    }
}
