using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Mentions;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Trade cut off as a measure against a state, which wire copy rarely calls sanctions: "banned imports of most food
/// from the EU, the US and Canada", "halted imports of Taiwanese citrus", "suspended gas supplies to Poland and
/// Bulgaria". One event per state cut off. A ban that names no state ("banned wheat exports") is a trade policy,
/// not a measure against anyone, and a ban lifted, threatened or weighed is not one imposed.
/// </summary>
public sealed partial class FactRules
{
    private IEnumerable<FactDraft> TradeMeasures(Reading r, Context context, Provenance article)
    {
        for (var verb = 0; verb < r.Tokens.Count; verb++)
        {
            if (!CuttingVerbs.Contains(r.Tokens[verb].Lower) || TradeNounAfter(r, verb) is not { } trade) continue;
            if (!Reported(r, verb) || r.Sentence.Index < context.Lead) continue;
            var (start, stop) = Clauses.Around(r, verb, trade + 1);
            if (NotImposed(r, start, stop)) continue;
            var by = ImposedBy(r, start, verb, context);
            if (by is null) continue;
            foreach (var target in CutOff(r, verb, trade).Where(t => t != by).Distinct())
            {
                var date = DateIn(r, start, stop) ?? StatementRules.NearestDate(r, verb) ?? context.NewsDay;
                yield return Draft(new SanctionsImposed([by], target, date, null, With(article, r, 0.6, "sanctions.trade")), r, 0.6);
            }
        }
    }

    /// <summary>"banned imports", "halted all gas supplies", "banning most food imports": the goods a few words on.</summary>
    private static int? TradeNounAfter(Reading r, int verb)
    {
        for (var i = verb + 1; i < Math.Min(r.Tokens.Count, verb + 5) && r.Tokens[i].Lower is not ("." or ";" or "," or "and"); i++)
            if (TradeNouns.Contains(r.Tokens[i].Lower)) return i;
        return null;
    }

    /// <summary>The clause's subject, or for ", banning ..." after a main clause, that clause's subject.</summary>
    private string? ImposedBy(Reading r, int start, int verb, Context context)
    {
        var inClause = r.Mentions.FirstOrDefault(m => m.First >= start && m.End <= verb && m.ActorCode is not null
                                                      && !Attribution.AfterPreposition(r, m) && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m)));
        if (inClause is not null) return inClause.ActorCode;
        if (start > 0 && r.Tokens[start - 1].Lower == "," && r.Tokens[verb].Lower.EndsWith("ing")) return SubjectBefore(r, start - 1, context);
        return SubjectBefore(r, verb, context);
    }

    /// <summary>
    /// The states the goods come from or go to: those listed after "from", "to" or "into" further on ("from the European
    /// Union, the United States, Australia, Canada and Norway"), and those whose goods they are ("Taiwanese citrus").
    /// </summary>
    private static IEnumerable<string> CutOff(Reading r, int verb, int trade)
    {
        var reach = Math.Min(r.Tokens.Count, trade + 20);
        for (var i = verb + 1; i < reach && r.Tokens[i].Lower is not ("." or ";"); i++)
        {
            if (r.MentionAt(i) is { } goods && goods.Of(MentionKind.Actor) is { Form: ActorForm.Demonym, Actor: { } origin } && i < trade + 4)
                yield return origin;
            if (r.Tokens[i].Lower is not ("from" or "to" or "into")) continue;
            for (var j = i + 1; j < Math.Min(r.Tokens.Count, i + 30); j++)
            {
                if (r.MentionAt(j) is { } m)
                {
                    if (m.ActorCode is { } state && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m))) yield return state;
                    j = m.End - 1;
                }
                else if (r.Tokens[j].Lower is not ("," or "and" or "the" or "or")) break;
            }
            yield break;
        }
    }

    private static readonly HashSet<string> CuttingVerbs =
    [
        "banned", "bans", "banning", "halted", "halts", "halting", "suspended", "suspends", "suspending",
        "barred", "bars", "barring", "stopped", "stops", "embargoed", "cut", "cuts", "cutting",
    ];

    private static readonly HashSet<string> TradeNouns =
        ["imports", "exports", "import", "export", "purchases", "shipments", "supplies", "deliveries"];
}
