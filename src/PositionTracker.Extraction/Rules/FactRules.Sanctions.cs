using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Mentions;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Sanctions imposed: by whom (the clause's subject), on whom (the state named after "on" or "against", or the state
/// of the people or firms targeted), and when. Sanctions threatened, weighed, lifted or kept in place are not new ones.
/// </summary>
public sealed partial class FactRules
{
    private IEnumerable<FactDraft> Sanctions(Reading r, Context context, Provenance article)
    {
        foreach (var trigger in Triggers(r))
        {
            if (!Reported(r, trigger.First) || r.Sentence.Index < context.Lead) continue;
            var (start, stop) = Clauses.Around(r, trigger.First, trigger.End);
            if (NotImposed(r, start, stop)) continue;
            // "announced a package", "measures imposed" say sanctions only with a target of their own; "sanctions" says so alone.
            var target = Target(r, trigger.First, trigger.End, context)
                         ?? (trigger.Value ? Listed(r, start, trigger.First, context) ?? context.LastSanctionsTarget : null);
            if (target is null) continue;
            // "EU leaders at a summit in Brussels agreed ...": who imposes, not where they met.
            var by = r.Mentions.Where(m => m.First >= start && m.End <= trigger.End && m.ActorCode is not null && m.ActorCode != target
                                           && !Attribution.AfterPreposition(r, m))
                .Select(m => m.ActorCode!).Distinct().ToList();
            // "Moscow answered in kind, putting Biden on an entry ban list": a participle's subject is the sentence's.
            if (by.Count == 0 && start > 0 && r.Tokens[start - 1].Lower == "," && r.Tokens[start].Lower.EndsWith("ing")
                && SubjectBefore(r, start - 1, context) is { } main && main != target)
                by.Add(main);
            if (by.Count == 0 && SubjectBefore(r, trigger.First, context) is { } subject && subject != target) by.Add(subject);
            if (by.Count == 0) continue;
            context.LastSanctionsTarget = target;
            // "Following the annexation, the US imposed sanctions": the year of the fact just told.
            var date = DateIn(r, start, stop) ?? StatementRules.NearestDate(r, trigger.First)
                       ?? (context.LastFactDate is { } last && r.Sentence.Index - last.Sentence <= 2 ? last.Date.Truncate(DatePrecision.Year) : context.NewsDay);
            yield return Draft(new SanctionsImposed(by, target, date, null, With(article, r, 0.7, "sanctions")), r, 0.7);
        }
    }

    /// <summary>
    /// "on Russia", "against Russia's biggest banks", "on US House Speaker Nancy Pelosi": the state named in the few words
    /// after the sanctions, or the state of the person named there.
    /// </summary>
    private string? Target(Reading r, int first, int end, Context context) =>
        AddedToList(r, first, end, context) ?? TargetAfter(r, first, end, context) ?? DirectObject(r, end, context) ?? HitWith(r, first);

    /// <summary>"The EU hit Russia with a 13th package of sanctions", "slapped Moscow with new penalties": the state between the verb and "with".</summary>
    private static string? HitWith(Reading r, int first)
    {
        // "slapped Belarus with new penalties": the trigger opens at the verb.
        if (HitVerb(r.Tokens[first].Lower) && r.MentionAt(first + 1) is { ActorCode: { } object_ } o && o.End < r.Tokens.Count && r.Tokens[o.End].Lower == "with")
            return object_;
        for (var i = first - 1; i >= Math.Max(1, first - 6); i--)
        {
            if (r.Tokens[i].Lower is "." or ";" or ",") return null;
            if (r.Tokens[i].Lower != "with") continue;
            if (r.MentionAt(i - 1) is not { ActorCode: { } target } m || m.First == 0) return null;
            return HitVerb(r.Tokens[m.First - 1].Lower) ? target : null;
        }
        return null;
    }

    private static bool HitVerb(string word) =>
        word is "hit" or "hits" or "slapped" or "slaps" or "targeted" or "targets" or "punished" or "punishes" or "struck" or "strikes" or "saddled";

    /// <summary>
    /// "China sanctioned U.S. defence firms", "blacklisted dozens of Russian banks", "froze the assets of six Russian officials":
    /// the state of the verb's object, named within a few words of it; not the imposer of a passive ("sanctioned by the EU").
    /// </summary>
    private string? DirectObject(Reading r, int end, Context context)
    {
        var last = r.Tokens[end - 1].Lower;
        if (last is not ("sanctioned" or "blacklisted" or "of" or "assets")) return null;
        for (var j = end; j < Math.Min(r.Tokens.Count, end + 6); j++)
        {
            if (r.Tokens[j].Lower is "." or ";" or "," or "by" or "for" or "over" or "after" or "in" or "on" or "and") return null;
            if (r.MentionAt(j) is not { } m) continue;
            if (Backed(r, m)) return null;
            if (m.ActorCode is { } actor && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m))) return actor;
            if ((m.Is(MentionKind.Person) || m.Is(MentionKind.Role)) && attribution.Of(r, m, context, context.Published)?.Actor is { } state) return state;
            return null;
        }
        return null;
    }

    /// <summary>"added Chinese firms to an export blacklist", "put two Russian banks on its entity list".</summary>
    private string? AddedToList(Reading r, int first, int end, Context context)
    {
        if (!r.Tokens.Skip(first).Take(end - first).Any(t => t.Lower is "list" or "blacklist")) return null;
        for (var i = first - 1; i >= Math.Max(0, first - 10); i--)
        {
            if (r.Tokens[i].Lower is "." or ";") return null;
            if (r.Tokens[i].Lower is not ("added" or "adds" or "put" or "puts" or "placed" or "places" or "listed")) continue;
            return DirectObject(r, i + 1, context, verbChecked: true);
        }
        return null;
    }

    private string? DirectObject(Reading r, int end, Context context, bool verbChecked)
    {
        for (var j = end; j < Math.Min(r.Tokens.Count, end + 6); j++)
        {
            if (r.Tokens[j].Lower is "." or ";" or "," or "to" or "on") return null;
            if (r.MentionAt(j) is not { } m) continue;
            if (Backed(r, m)) return null;
            if (m.ActorCode is { } actor && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m))) return actor;
            return null;
        }
        return null;
    }

    /// <summary>"Iran-backed militias", "Russia-aligned groups": those a state stands behind, not the state.</summary>
    private static bool Backed(Reading r, Mention m) =>
        m.End + 1 < r.Tokens.Count && r.Tokens[m.End].Lower == "-"
        && r.Tokens[m.End + 1].Lower is "backed" or "aligned" or "allied" or "supported" or "funded" or "sponsored" or "friendly" or "leaning";

    private string? TargetAfter(Reading r, int first, int end, Context context)
    {
        for (var i = first; i < Math.Min(r.Tokens.Count, end + 8); i++)
        {
            if (r.Tokens[i].Lower is not ("on" or "against" or "targeting")
                && !(r.Tokens[i].Lower == "at" && i > 0 && r.Tokens[i - 1].Lower is "aimed" or "targeted" or "directed")) continue;
            for (var j = i + 1; j < Math.Min(r.Tokens.Count, i + 8); j++)
            {
                if (r.Tokens[j].Lower is "." or ";") break;
                var m = r.MentionAt(j);
                if (m is null) continue;
                if (Backed(r, m)) return null;
                if (m.ActorCode is { } actor && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m) && r.Tokens[m.End].Lower != "'s")) return actor;
                if ((m.Is(MentionKind.Person) || m.Is(MentionKind.Role)) && attribution.Of(r, m, context, context.Published)?.Actor is { } state) return state;
                j = m.End - 1;
            }
        }
        return null;
    }

    /// <summary>
    /// The lexicon's phrases, and a verb of imposing with its measures a few words on or just before it: "agreed late on
    /// Thursday on a package", "measures Washington imposed on Tuesday", "unveiled fresh export restrictions". The value
    /// says whether the words name sanctions as such.
    /// </summary>
    private static IEnumerable<Found<bool>> Triggers(Reading r)
    {
        foreach (var found in r.Sanctions) yield return found;
        for (var i = 0; i < r.Tokens.Count; i++)
        {
            if (!ImposingVerbs.Contains(r.Tokens[i].Lower) || r.Sanctions.Any(f => f.First <= i && i < f.End)) continue;
            var after = -1;
            for (var j = i + 1; j < Math.Min(r.Tokens.Count, i + 7) && r.Tokens[j].Lower is not ("." or ";" or ","); j++)
                if (MeasureNouns.Contains(r.Tokens[j].Lower)) { after = j; break; }
            var before = -1;
            for (var j = Math.Max(0, i - 3); j < i && before < 0; j++)
                if (MeasureNouns.Contains(r.Tokens[j].Lower)) before = j;
            if (after >= 0 && !r.Sanctions.Any(f => f.First <= after && after < f.End)) yield return new Found<bool>(i, after + 1, Named(r, after));
            else if (before >= 0 && !r.Sanctions.Any(f => f.First <= before && before < f.End)) yield return new Found<bool>(before, i + 1, Named(r, before));
        }
    }

    /// <summary>Whether the measures are called sanctions, rather than a package or restrictions that may be anything.</summary>
    private static bool Named(Reading r, int noun) => r.Tokens[noun].Lower is "sanctions" or "penalties" or "embargo";

    private static readonly HashSet<string> ImposingVerbs =
        ["imposed", "imposes", "impose", "announced", "adopted", "agreed", "unveiled", "slapped", "introduced", "approved", "levied", "expanded", "tightened"];

    private static readonly HashSet<string> MeasureNouns =
        ["sanctions", "measures", "penalties", "package", "embargo", "restrictions", "asset", "freezes", "bans"];

    /// <summary>"putting Biden and Blinken on an entry ban list": those the measure names before it.</summary>
    private string? Listed(Reading r, int start, int trigger, Context context)
    {
        foreach (var m in r.Mentions.Where(m => m.First > start && m.End <= trigger && (m.Is(MentionKind.Person) || m.Is(MentionKind.Role))))
            if (m.First > 0 && r.Tokens[m.First - 1].Lower is not ("by" or "said") && attribution.Of(r, m, context, context.Published)?.Actor is { } state
                && SubjectBefore(r, m.First, context) != state)
                return state;
        return null;
    }

    /// <summary>"threatened sanctions", "would face sanctions", "lift sanctions", "keep its sanctions in place".</summary>
    private static bool NotImposed(Reading r, int start, int stop)
    {
        for (var i = Math.Max(0, start - 1); i < stop; i++)
            if (NotImposedWords.Contains(r.Tokens[i].Lower)) return true;
        // "did not impose sanctions", "has yet to blacklist": a negation before the measures.
        return r.Negations.Any(n => n.First >= start && n.End <= stop);
    }

    private static readonly HashSet<string> NotImposedWords =
    [
        "lift", "lifted", "lifting", "ease", "eased", "easing", "remove", "removed", "scrap", "threaten", "threatened", "threatens",
        "would", "could", "should", "might", "weigh", "weighing", "considering", "consider", "keep", "stay", "remain", "extend", "extended",
        "prepare", "preparing", "face", "if", "urged", "urge", "called", "demanded",
        "resume", "resumed", "resuming", "block", "blocked", "blocking", "vetoed", "veto", "opposed", "delayed",
        "discussed", "discuss", "discussing", "debated", "debating", "mulling", "mulled", "weighed", "proposed", "propose", "proposes",
        "proposing", "drafting", "drafted", "mooted", "studying", "floated", "may", "pondering",
        "renew", "renewed", "renewing", "renews", "prolong", "prolonged", "prolonging", "maintain", "maintained", "maintaining", "extends", "extending",
    ];
}
