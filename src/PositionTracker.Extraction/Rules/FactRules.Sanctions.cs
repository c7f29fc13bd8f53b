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
        foreach (var trigger in r.Sanctions)
        {
            if (!Reported(r, trigger.First) || r.Sentence.Index < context.Lead) continue;
            var (start, stop) = Clauses.Around(r, trigger.First, trigger.End);
            if (NotImposed(r, start, stop)) continue;
            var target = Target(r, trigger.First, trigger.End, context) ?? context.LastSanctionsTarget;
            if (target is null) continue;
            var by = r.Mentions.Where(m => m.First >= start && m.End <= trigger.First && m.ActorCode is not null && m.ActorCode != target)
                .Select(m => m.ActorCode!).Distinct().ToList();
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
    private string? Target(Reading r, int first, int end, Context context)
    {
        for (var i = first; i < Math.Min(r.Tokens.Count, end + 8); i++)
        {
            if (r.Tokens[i].Lower is not ("on" or "against" or "targeting")) continue;
            for (var j = i + 1; j < Math.Min(r.Tokens.Count, i + 8); j++)
            {
                if (r.Tokens[j].Lower is "." or ";") break;
                var m = r.MentionAt(j);
                if (m is null) continue;
                if (m.ActorCode is { } actor && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m) && r.Tokens[m.End].Lower != "'s")) return actor;
                if ((m.Is(MentionKind.Person) || m.Is(MentionKind.Role)) && attribution.Of(r, m, context, context.Published)?.Actor is { } state) return state;
                j = m.End - 1;
            }
        }
        return null;
    }

    /// <summary>"threatened sanctions", "would face sanctions", "lift sanctions", "keep its sanctions in place".</summary>
    private static bool NotImposed(Reading r, int start, int stop)
    {
        for (var i = Math.Max(0, start - 1); i < stop; i++)
            if (NotImposedWords.Contains(r.Tokens[i].Lower)) return true;
        return false;
    }

    private static readonly HashSet<string> NotImposedWords =
    [
        "lift", "lifted", "lifting", "ease", "eased", "easing", "remove", "removed", "scrap", "threaten", "threatened", "threatens",
        "would", "could", "should", "might", "weigh", "weighing", "considering", "consider", "keep", "stay", "remain", "extend", "extended",
        "prepare", "preparing", "face", "if", "urged", "urge", "called", "demanded",
    ];
}
