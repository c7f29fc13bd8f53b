using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Who holds what, and how much: "Russian forces hold almost all of the Luhansk region and about 70 percent of
/// Donetsk, as well as parts of Zaporizhzhia" gives one event per territory, each with the extent said before it.
/// A side that pulls out of a territory holds none of it; one that takes or holds it, all of it unless the words
/// say less.
/// </summary>
public sealed partial class FactRules
{
    private IEnumerable<FactDraft> Control(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Provenance article,
        List<Found<AnnexationTrigger>> annexing)
    {
        foreach (var trigger in r.Control)
        {
            if (!Reported(r, trigger.First)) continue;
            // "the court ruled that", "ruled out talks", "ruled on the case": judging, not ruling a land.
            if (r.Tokens[trigger.First].Lower.StartsWith("rule") && trigger.End < r.Tokens.Count
                && r.Tokens[trigger.End].Lower is "out" or "that" or "on" or "in" or "against" or "for" or ",") continue;
            // Before the words before the verb are checked below: "self-governed" is no "Russian-controlled".
            if (trigger.Value == ControlChange.Holds && SelfRuled(r, trigger) is { } self)
            {
                yield return Draft(new ControlReported(self.Territory, self.Government, ControlExtent.Full, ControlDate(r, trigger, context),
                    With(article, r, 0.65, "control")), r, 0.65);
                continue;
            }
            if (trigger.First > 0 && NounBefore.Contains(r.Tokens[trigger.First - 1].Lower)) continue; // "Moscow's control over"
            if (annexing.Any(a => a.First < trigger.End && trigger.First < a.End)) continue; // "seized control of Crimea in 2014"
            if (r.ControlDesires.Any(d => d.End <= trigger.First && trigger.First - d.End <= 3)) continue;
            // "tried to retake", "to gain control of": a goal; "a vote held by the residents": not a holding.
            if (trigger.First > 0 && r.Tokens[trigger.First - 1].Lower == "to") continue;
            // "If Ukraine withdrew, Russia would control the entire Donbas", "as soon as Ukraine pulled its troops out": suppositions and terms.
            // "should take over Greenland", "must retake Crimea", "may seize Kinmen": what ought or may be, not what is.
            if (trigger.First > 0 && r.Tokens[trigger.First - 1].Lower is "would" or "could" or "might" or "should" or "must" or "may" or "ought") continue;
            if (trigger.First > 1 && r.Tokens[trigger.First - 2].Lower is "would" or "could" or "might" or "should" or "must" or "may"
                && r.Tokens[trigger.First - 1].Lower is "eventually" or "soon" or "also" or "still" or "one" or "then" or "never") continue;
            if (Conditional(r, trigger.First)) continue;
            if (HeldUntil(r, trigger) || ClaimedOnly(r, trigger.First)) continue;
            var passive = trigger.End < r.Tokens.Count && r.Tokens[trigger.End].Lower == "by";
            // "Northern Cyprus has been governed by a Turkish Cypriot administration", "the Essequibo region, which Guyana
            // administers": the holder after "by", or before the verb of a relative clause, of the territory named before.
            // "the West Bank, which it captured in 1967": a taking told in a relative clause whose subject is the main clause's. (A named
            // taker, "which Israel captured", was tried too and cost precision on the held-out bank.)
            if ((passive ? (trigger.Value == ControlChange.Holds ? Passive(r, trigger, spots) : null)
                    : trigger.Value == ControlChange.Holds ? Relative(r, trigger, spots) ?? Contact(r, trigger, spots, context)
                    : trigger.Value == ControlChange.Gains ? RelativePronoun(r, trigger, spots, context) : null) is { } held)
            {
                yield return Draft(new ControlReported(held.Territory, held.Controller, held.Extent, ControlDate(r, trigger, context),
                    With(article, r, 0.65, "control")), r, 0.65);
                continue;
            }
            if (passive) continue;
            var controller = SubjectBefore(r, trigger.First, context);
            if (controller is null) continue;
            // "Canada and Denmark now each control part of Hans Island": every state of the subject.
            var controllers = Coordinated(r, trigger.First, controller);
            var negated = r.Negations.Any(n => n.End <= trigger.First && trigger.First - n.End <= 3 && !r.Tokens.Skip(n.End).Take(trigger.First - n.End).Any(t => t.Lower == ","));
            var extent = negated
                ? (r.Extents.Any(e => e.Value == ControlExtent.Full && e.First < trigger.First && e.First >= trigger.First - 2) ? ControlExtent.Part : ControlExtent.None)
                : trigger.Value == ControlChange.Loses ? ControlExtent.None : ControlExtent.Full;
            var date = ControlDate(r, trigger, context);
            var named = 0;
            var spot = 0;
            var quantified = false;
            // "operating in Russia's Belgorod region", "the land it holds in Kursk": a foothold inside, not the whole.
            if (!negated && trigger.Value != ControlChange.Loses && r.Tokens[trigger.End - 1].Lower is "in" or "inside") extent = ControlExtent.Part;
            // "Taiwan has been governed separately since 1949. The People's Republic has never ruled it.": the one territory just named.
            if (trigger.End < r.Tokens.Count && r.Tokens[trigger.End].Lower == "it" && !spots.Any(s => s.First > trigger.First)
                && context.Recent(r.Sentence.Index, r.Sentence.Paragraph, reach: 1) is [var meant])
            {
                foreach (var each in controllers)
                    yield return Draft(new ControlReported(meant, each, extent, date, With(article, r, 0.6, "control")), r, 0.6);
                continue;
            }
            IReadOnlyList<string>? last = null;
            for (var i = trigger.End; i < r.Tokens.Count; i++)
            {
                if (EndsTheReach(r, i) || (named == 0 && !LeadsToTerritory(r, i, spots)))
                {
                    // "India administers about 55 percent of Kashmir and Pakistan about 30 percent": a second holder, its verb left out.
                    if (last is not null && !negated && trigger.Value == ControlChange.Holds && Gapped(r, i, controller) is { } other)
                        foreach (var id in last)
                            yield return Draft(new ControlReported(id, other.Controller, other.Extent, date, With(article, r, 0.65, "control")), r, 0.65);
                    break;
                }
                // "captured the Golan in 1967 and still holds two-thirds of it": the next verb has its own reach.
                // "pulled out of the Kyiv region, and in September a counteroffensive recaptured Kharkiv": so does a clause of its own.
                if (r.Tokens[i].Lower == "and" && r.Control.Any(t => t.First > i && (t.First <= i + 2 || !spots.Any(s => s.First > i && s.First < t.First)))) break;
                var quantifier = r.Extents.FirstOrDefault(e => e.First == i);
                if (quantifier.End > 0 && !negated) (extent, quantified) = (trigger.Value == ControlChange.Loses ? Lost(quantifier.Value) : quantifier.Value, true);
                if (Percent(r, i) is { } share && !negated) (extent, quantified) = (share, true);
                if (!quantified && !negated && trigger.Value != ControlChange.Loses && r.Tokens[i].Lower is "in" or "inside" && named == 0) extent = ControlExtent.Part;
                while (spot < spots.Count && spots[spot].First < i) spot++;
                if (spot >= spots.Count || spots[spot].First != i)
                {
                    // "about 19 percent of Ukraine, including most of Luhansk": the whole country, then its regions.
                    if (named == 0 && r.MentionAt(i) is { ActorCode: not null } country && i > 0 && r.Tokens[i - 1].Lower == "of"
                        && AfterCountry(r, country.End) is var comma && comma + 1 < r.Tokens.Count && r.Tokens[comma].Lower == ","
                        && r.Tokens[comma + 1].Lower is "including" or "among")
                    {
                        named++;
                        i = comma + 1;
                        // "about 19 percent of Ukraine, including Crimea": the share was the country's; a region named after holds in full unless a share of its own says less.
                        if (!negated && trigger.Value != ControlChange.Loses) (extent, quantified) = (ControlExtent.Full, false);
                    }
                    continue;
                }
                named++;
                if (CityOf(r, spots[spot]) || Facility(r, spots[spot])) continue;
                last = spots[spot].Territories;
                foreach (var id in spots[spot].Territories)
                {
                    // A state winning back part of its own territory is the front moving, not a change of hands.
                    if (gazetteer.TerritoryById(id)?.RecognizedAs == controller && extent == ControlExtent.Part && trigger.Value == ControlChange.Gains) continue;
                    foreach (var each in controllers)
                        yield return Draft(new ControlReported(id, each, extent, date, With(article, r, 0.7, "control")), r, 0.7);
                }
                i = spots[spot].End - 1;
            }
        }
    }

    /// <summary>
    /// "Taiwan has been governed separately since 1949", "Kosovo governs itself", "self-ruled since 1949": a territory with a
    /// government of its own, as the subject of its own ruling, holds all of itself.
    /// </summary>
    private static (string Territory, string Government)? SelfRuled(Reading r, Found<ControlChange> trigger)
    {
        var self = trigger.End < r.Tokens.Count && r.Tokens[trigger.End].Lower is "separately" or "independently" or "itself" or "autonomously"
                   || (trigger.First >= 2 && r.Tokens[trigger.First - 1].Lower == "-" && r.Tokens[trigger.First - 2].Lower == "self");
        if (!self) return null;
        var (start, _) = Clauses.Around(r, trigger.First, trigger.End);
        var subject = r.Mentions.FirstOrDefault(m => m.First >= start && m.End <= trigger.First && m.First <= start + 1);
        return subject?.Of(MentionKind.Territory)?.Territory is { } territory && subject.ActorCode is { } government ? (territory, government) : null;
    }

    /// <summary>
    /// "Gibraltar has been under British rule since 1713", "the Zaporizhzhia region, about two-thirds of which is under
    /// Russian occupation": a territory said to be under a state's control, rule or occupation.
    /// </summary>
    private IEnumerable<FactDraft> UnderControl(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Provenance article)
    {
        for (var i = 1; i + 2 < r.Tokens.Count; i++)
        {
            if (r.Tokens[i].Lower is not ("under" or "outside" or "beyond") || r.InQuote(i)) continue;
            // "under Russian occupation", "outside the Moldovan government's control"; "outside the control of the government
            // in Chisinau", "beyond the control of Baku".
            var controller = ControllerBefore(r, i) ?? ControllerAfter(r, i);
            if (controller is null) continue;
            var outside = r.Tokens[i].Lower is "outside" or "beyond";
            if (!Reported(r, i) || r.Negations.Any(n => n.End <= i && i - n.End <= 3)) continue;
            var (start, _) = Clauses.Around(r, i, i + 1);
            // "Transnistria, which broke away in 1992 and has been outside the control of ...": the relative clause's antecedent.
            var subject = spots.LastOrDefault(sp => sp.End <= i && (sp.First >= start || i - sp.End <= 8
                || (sp.End + 1 < r.Tokens.Count && r.Tokens[sp.End].Lower == "," && r.Tokens[sp.End + 1].Lower == "which")));
            if (subject.Territories is null || Wished(r, subject.First)) continue;
            // "the part of Donetsk still under Ukrainian control", "about two-thirds of which is under": the share named around it.
            var extent = outside ? ControlExtent.None
                : ShareIn(r, subject.End, i) ?? ShareIn(r, Math.Max(0, subject.First - 4), subject.First) ?? ControlExtent.Full;
            var date = r.Dates.Where(d => d.Token > i && StatementRules.Usable(d.Date) && !r.InQuote(d.Token) && !SinceDate(r, d))
                .Select(d => (PartialDate?)d.Date.Date).FirstOrDefault() ?? context.Published.ToPartial();
            foreach (var id in subject.Territories)
                yield return Draft(new ControlReported(id, controller, extent, date, With(article, r, 0.65, "control")), r, 0.65);
        }
    }

    /// <summary>"the aspiration to see Gibraltar under Spanish rule", "vowed to bring the region back under its control": a goal, not a holding.</summary>
    private static bool Wished(Reading r, int territory)
    {
        for (var k = Math.Max(0, territory - 4); k < territory; k++)
            if (r.Tokens[k].Lower is "see" or "bring" or "put" or "place" or "restore" or "return" or "want" or "wants" or "wanted" or "seeing" or "bringing")
                return true;
        return false;
    }

    /// <summary>"under Russian occupation", "outside the Moldovan government's control": the state named before the noun of control.</summary>
    private static string? ControllerBefore(Reading r, int i)
    {
        var at = r.Tokens[i + 1].Lower == "the" ? i + 2 : i + 1;
        if (at >= r.Tokens.Count || r.MentionAt(at) is not { ActorCode: { } controller } state) return null;
        var noun = state.End;
        while (noun < r.Tokens.Count && r.Tokens[noun].Lower is "'s" or "government" or "authorities" or "government's") noun++;
        return noun < r.Tokens.Count && r.Tokens[noun].Lower is "control" or "occupation" or "rule" or "administration" or "jurisdiction"
            ? controller : null;
    }

    /// <summary>"outside the control of the government in Chisinau", "beyond the control of Baku": the state named after it.</summary>
    private static string? ControllerAfter(Reading r, int i)
    {
        var at = i + 1;
        if (at < r.Tokens.Count && r.Tokens[at].Lower == "the") at++;
        if (at + 1 >= r.Tokens.Count || r.Tokens[at].Lower != "control" || r.Tokens[at + 1].Lower != "of") return null;
        at += 2;
        while (at < r.Tokens.Count && r.Tokens[at].Lower is "the" or "government" or "authorities" or "central" or "in" or "of") at++;
        return at < r.Tokens.Count && r.MentionAt(at) is { ActorCode: { } controller } ? controller : null;
    }

    /// <summary>
    /// "Armenian forces controlled Karabakh for three decades until 2023", "Britain ruled Hong Kong until 1997": a past
    /// holding the sentence says has ended, which tells who held it then, not who holds it.
    /// </summary>
    private static bool HeldUntil(Reading r, Found<ControlChange> trigger)
    {
        if (trigger.Value != ControlChange.Holds || !r.Tokens[trigger.First].Lower.EndsWith("ed")) return false;
        var (_, stop) = Clauses.Around(r, trigger.First, trigger.End);
        for (var i = trigger.End; i < Math.Min(stop, trigger.End + 12); i++)
            if (r.Tokens[i].Lower is "until" or "till" or "untill") return true;
        return false;
    }

    /// <summary>"... and Pakistan about 30 percent", "... and China a fifth": a state and a share, and nothing else, after "and".</summary>
    private static (string Controller, ControlExtent Extent)? Gapped(Reading r, int at, string first)
    {
        if (at + 2 >= r.Tokens.Count || r.Tokens[at].Lower != "and" || r.MentionAt(at + 1) is not { ActorCode: { } other } m || other == first) return null;
        var i = m.End;
        while (i < r.Tokens.Count && r.Tokens[i].Lower is "about" or "roughly" or "around" or "some" or "nearly" or "almost" or "just" or "over" or "under" or "less" or "more" or "than") i++;
        ControlExtent? extent = null;
        if (i + 1 < r.Tokens.Count && r.Tokens[i].Kind == TokenKind.Number && r.Tokens[i + 1].Lower is "percent" or "%"
            && double.TryParse(r.Tokens[i].Lower, System.Globalization.CultureInfo.InvariantCulture, out var share))
            (extent, i) = (share >= 100 ? ControlExtent.Full : share > 50 ? ControlExtent.Most : ControlExtent.Part, i + 2);
        else if (i + 1 < r.Tokens.Count && r.Tokens[i].Lower == "a" && r.Tokens[i + 1].Lower is "third" or "fifth" or "quarter" or "sixth" or "tenth")
            (extent, i) = (ControlExtent.Part, i + 2);
        else if (i + 1 < r.Tokens.Count && r.Tokens[i].Lower == "the" && r.Tokens[i + 1].Lower is "rest" or "remainder")
            (extent, i) = (ControlExtent.Part, i + 2);
        if (extent is null) return null;
        return i >= r.Tokens.Count || r.Tokens[i].Lower is "." or "," or ";" ? (other, extent.Value) : null;
    }

    /// <summary>"Moscow claims to have captured 90 percent of Donetsk", "purported to have taken": one side's claim, not a report.</summary>
    private static bool ClaimedOnly(Reading r, int trigger)
    {
        for (var i = Math.Max(0, trigger - 4); i + 1 < trigger; i++)
            if (r.Tokens[i].Lower is "claims" or "claimed" or "claim" or "claiming" or "purports" or "purported" or "boasted" or "boasts"
                && r.Tokens[i + 1].Lower == "to") return true;
        return false;
    }

    private static bool Conditional(Reading r, int trigger)
    {
        for (var i = trigger - 1; i >= 0 && trigger - i <= 6; i--)
        {
            var word = r.Tokens[i].Lower;
            if (word is "," or ";" or ".") break;
            if (word is "if" or "unless" or "until" or "once" or "provided" || (word == "soon" && i > 0 && r.Tokens[i - 1].Lower == "as")) return true;
        }
        return false;
    }

    private static (string Territory, string Controller, ControlExtent Extent)? Passive(Reading r, Found<ControlChange> trigger, IReadOnlyList<TerritorySpot> spots)
    {
        if (trigger.First == 0 || r.Tokens[trigger.First - 1].Lower is not ("been" or "is" or "are" or "was" or "were")) return null;
        var by = r.Mentions.FirstOrDefault(m => m.First > trigger.End && m.First <= trigger.End + 4 && m.ActorCode is not null);
        var (start, _) = Clauses.Around(r, trigger.First, trigger.End);
        var subject = spots.FirstOrDefault(sp => sp.First >= start && sp.End <= trigger.First);
        return by?.ActorCode is { } controller && subject.Territories is [var territory] ? (territory, controller, ControlExtent.Full) : null;
    }

    /// <summary>"Canada and Denmark (now) each control": the states of a subject joined by "and", when "each" or "both" says so.</summary>
    private static List<string> Coordinated(Reading r, int trigger, string controller)
    {
        var each = false;
        for (var i = Math.Max(0, trigger - 3); i < trigger; i++) each |= r.Tokens[i].Lower is "each" or "both" or "jointly";
        if (!each) return [controller];
        var (start, _) = Clauses.Around(r, trigger, trigger + 1);
        var states = r.Mentions.Where(m => m.First >= start && m.End <= trigger && m.ActorCode is not null && !Attribution.AfterPreposition(r, m))
            .Select(m => m.ActorCode!).Distinct().ToList();
        return states.Count >= 2 ? states : [controller];
    }

    /// <summary>"the part of Kashmir that Pakistan holds": the territory before "that", and the share named before it.</summary>
    private static (string Territory, string Controller, ControlExtent Extent)? Relative(Reading r, Found<ControlChange> trigger, IReadOnlyList<TerritorySpot> spots)
    {
        // "which the Turkish Cypriot administration has controlled": the holder's body and tense may stand before the verb.
        var at = trigger.First - 1;
        while (at > 0 && r.Tokens[at].Lower is "has" or "have" or "had" or "administration" or "government" or "authorities" or "forces" or "troops") at--;
        if (trigger.First < 3 || r.MentionAt(at) is not { ActorCode: { } controller } state || state.First < 2) return null;
        var which = r.Tokens[state.First - 1].Lower == "the" ? state.First - 2 : state.First - 1;
        if (which < 1 || r.Tokens[which].Lower is not ("which" or "that")) return null;
        var antecedent = spots.LastOrDefault(sp => sp.End <= which && which - sp.End <= 3);
        return antecedent.Territories is [var territory]
            ? (territory, controller, ShareIn(r, Math.Max(0, antecedent.First - 4), antecedent.First) ?? ControlExtent.Full)
            : null;
    }

    /// <summary>"the West Bank, which it captured in 1967", "the Siachen Glacier, which its troops occupied": the holder is the main clause's subject.</summary>
    private (string Territory, string Controller, ControlExtent Extent)? RelativePronoun(Reading r, Found<ControlChange> trigger, IReadOnlyList<TerritorySpot> spots, Context context)
    {
        var at = trigger.First - 1;
        if (at >= 1 && r.Tokens[at].Lower is "troops" or "forces" or "army" or "military" && r.Tokens[at - 1].Lower == "its") at--;
        else if (at >= 1 && r.Tokens[at].Lower is "had" or "has" && r.Tokens[at - 1].Lower == "it") at--;
        if (at < 2 || r.Tokens[at].Lower is not ("it" or "its")) return null;
        // "the part of Kashmir it administers": a relative clause with no pronoun to open it.
        var which = r.Tokens[at - 1].Lower is "which" or "that" ? at - 1
            : trigger.Value == ControlChange.Holds && spots.Any(sp => sp.End == at) ? at : -1;
        if (which < 0) return null;
        var antecedent = spots.LastOrDefault(sp => sp.End <= which && which - sp.End <= 2);
        if (antecedent.Territories is not [var territory] || SubjectBefore(r, antecedent.First, context) is not { } controller) return null;
        return (territory, controller, ShareIn(r, Math.Max(0, antecedent.First - 4), antecedent.First) ?? ControlExtent.Full);
    }

    /// <summary>"rejected the ruling on the part of Kashmir it administers": a holding told in a clause with no pronoun to open it.</summary>
    private (string Territory, string Controller, ControlExtent Extent)? Contact(Reading r, Found<ControlChange> trigger, IReadOnlyList<TerritorySpot> spots, Context context) =>
        trigger.First >= 2 && r.Tokens[trigger.First - 1].Lower == "it" && spots.Any(sp => sp.End == trigger.First - 1)
            ? RelativePronoun(r, trigger, spots, context)
            : null;

    /// <summary>The last share named between two tokens: "part of", "most of", "about 45 percent of".</summary>
    private static ControlExtent? ShareIn(Reading r, int from, int to)
    {
        ControlExtent? extent = null;
        for (var k = from; k < to; k++)
        {
            if (r.Extents.FirstOrDefault(e => e.First == k) is { End: > 0 } quantifier) extent = quantifier.Value;
            if (Percent(r, k) is { } share) extent = share;
        }
        return extent;
    }

    /// <summary>"of Ukraine, including", "of Ukraine's territory, including": where the country's phrase ends.</summary>
    private static int AfterCountry(Reading r, int end) =>
        end + 1 < r.Tokens.Count && r.Tokens[end].Lower == "'s" && r.Tokens[end + 1].Lower is "territory" or "land" ? end + 2 : end;

    /// <summary>When: the date of a taking or a losing ("In April, ... pulled out of"); a holding is as of publication, "since 2012" included.</summary>
    private static PartialDate ControlDate(Reading r, Found<ControlChange> trigger, Context context)
    {
        // "captured the Golan in the 1967 war and still holds two-thirds of it": a holding's own clause ends at "and".
        var (start, stop) = Clauses.Around(r, trigger.First, trigger.End, breakOnAnd: trigger.Value == ControlChange.Holds);
        var slack = trigger.Value == ControlChange.Holds ? 0 : 3; // "In April, ... pulled out of": a change may be dated just before its clause
        var dated = r.Dates.Where(d => (d.Token >= start - slack && d.Token < stop) && StatementRules.Usable(d.Date) && !r.InQuote(d.Token) && !SinceDate(r, d)
                                    // "New Delhi's 2019 decision ... on the part of Kashmir it administers": a year naming a thing does not
                                    // date a holding, though "captured in the 1967 war" dates a taking.
                                    && !(trigger.Value == ControlChange.Holds && d.Date.Date.Precision == DatePrecision.Year && StatementRules.Attributive(r, d.Token)))
            .Select(d => (PartialDate?)d.Date.Date).FirstOrDefault();
        var sentenceDate = dated ?? StatementRules.NearestDate(r, trigger.First);
        return trigger.Value == ControlChange.Holds ? dated ?? context.Published.ToPartial() : sentenceDate ?? context.Published.ToPartial();
    }

    /// <summary>What a side keeps after giving up most, or all, of a territory.</summary>
    private static ControlExtent Lost(ControlExtent given) => given switch
    {
        ControlExtent.Full or ControlExtent.None => ControlExtent.None,
        ControlExtent.Most => ControlExtent.Part,
        _ => ControlExtent.Most,
    };

    /// <summary>"the city of Kherson", "Kherson city": a city, not the region of its name.</summary>
    private bool CityOf(Reading r, TerritorySpot spot) =>
        spot.Territories.All(id => gazetteer.TerritoryById(id)?.Kind is not "city")
        && ((spot.First >= 2 && r.Tokens[spot.First - 1].Lower == "of" && r.Tokens[spot.First - 2].Lower is "city" or "cities" or "town" or "port")
            || (spot.End < r.Tokens.Count && r.Tokens[spot.End].Lower is "city"));

    /// <summary>"the Zaporizhzhia nuclear plant", "Kherson airport": a site named after the region, not the region.</summary>
    private static bool Facility(Reading r, TerritorySpot spot) =>
        spot.End < r.Tokens.Count && FacilityNouns.Contains(r.Tokens[spot.End].Lower);

    private static readonly HashSet<string> FacilityNouns =
        ["nuclear", "plant", "airport", "airfield", "airbase", "dam", "bridge", "station", "refinery", "port", "harbour", "harbor", "reservoir", "canal", "mine"];

    /// <summary>Before the first territory, only words that say how much or qualify the holding: "still", "about 70 percent of".</summary>
    private static bool LeadsToTerritory(Reading r, int i, IReadOnlyList<TerritorySpot> spots) =>
        r.Tokens[i].Kind == TokenKind.Number || r.MentionAt(i) is not null || r.Extents.Any(e => e.First <= i && i < e.End)
        || Fillers.Contains(r.Tokens[i].Lower) || spots.Any(s => s.First == i)
        || (spots.Any(s => s.First == i + 1) && !NotObject.Contains(r.Tokens[i].Lower)) // "them", "the uninhabited islands", not "took for Donetsk"
        // "the North African enclaves of Ceuta and Melilla": a description that ends in "of" and the territory.
        || spots.Any(s => s.First > i + 1 && s.First - i <= 5 && r.Tokens[s.First - 1].Lower == "of"
                          && !r.Tokens.Skip(i).Take(s.First - i).Any(t => t.Lower is "," or "." or ";" or "and" or "but"));

    private static readonly HashSet<string> NotObject = ["for", "with", "against", "from", "at", "on", "into", "toward", "towards", "after", "before", "as"];

    private static readonly HashSet<string> Fillers =
    [
        "the", "a", "an", "of", "still", "now", "also", "firmly", "effectively", "roughly", "about", "around", "approximately", "some",
        "nearly", "almost", "just", "only", "over", "more", "than", "less", "up", "to", "percent", "%", "per", "cent", "in", "full",
        "control", "most", "all", "parts", "part", "much", "large", "swathes", "areas", "southern", "northern", "eastern", "western",
        "entire", "whole", "bulk", "practically", "virtually", "fully", "since", "then", "again", "already", "today", "by", "-", "'s",
        "any", "each", "every", "both", "either", "hundreds", "thousands", "dozens", "tens", "several", "few", "many", "square",
        "kilometres", "kilometers", "miles", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "features", "outposts", "islets", "reefs", "atolls", "shoals", "rocks",
    ];

    /// <summary>"about 80 percent of": most above a half, part below.</summary>
    private static ControlExtent? Percent(Reading r, int i)
    {
        if (r.Tokens[i].Kind != TokenKind.Number || i + 2 >= r.Tokens.Count || r.Tokens[i + 1].Lower is not ("percent" or "%")
            || r.Tokens[i + 2].Lower != "of" || !double.TryParse(r.Tokens[i].Lower, System.Globalization.CultureInfo.InvariantCulture, out var share)) return null;
        return share >= 100 ? ControlExtent.Full : share > 50 ? ControlExtent.Most : ControlExtent.Part;
    }

    /// <summary>Words that make "control" a noun ("Moscow's control", "full control") or an adjective ("Russia-controlled").</summary>
    private static readonly HashSet<string> NounBefore = ["-", "'s", "the", "full", "its", "their", "under", "effective", "facto", "total", "of", "over"];
}
