using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Patterns;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Reads stated positions: a stance cue ("non-negotiable", "return {T}"), checked for negation and hedging,
/// given to whoever holds it (the quoted speaker, or the actor nearest the cue, or the agent in "by X"),
/// applied to the territories in the sentence (or, when it names none, to those just discussed), and dated
/// by the words around the verb of speech, else by what the article said of that speaker, else by publication.
/// </summary>
public sealed partial class StatementRules(Attribution attribution, Gazetteer gazetteer)
{
    /// <param name="cues">The matches to read; the sentence's own pattern matches unless another reader found them.</param>
    public List<StatementDraft> Read(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Trace? trace = null,
        IReadOnlyList<Found<StanceCue>>? cues = null)
    {
        var drafts = new List<StatementDraft>();
        if (r.Sentence.Index < context.Lead) return drafts; // a headline repeats, undated, what the story tells
        foreach (var cue in cues ?? r.Stances)
        {
            var rule = cue.Value.Rule;
            void Note(string what) => trace?.Add(r.Sentence.Index, rule.Id, $"\"{r.Surface(cue.First, cue.End)}\" {what}");
            if (Framed(r, cue.First, accusing: rule.Stance != Stance.RejectsAnnexation, requesting: rule.Mood != Mood.Demanded) is { } frame)
            {
                Note(frame);
                continue;
            }
            var negated = Negated(r, cue.First, cue.End, rule);
            // "Do we intend to give Crimea back to anyone? Of course not": a question answered in the same words.
            switch (Answer(r, cue.End))
            {
                case QuestionAnswer.No: negated = !negated; break;
                case QuestionAnswer.None:
                    Note("is asked, not stated");
                    continue;
            }
            if (!negated && (rule.Stance == Stance.RecognizesSovereignty || rule.Negated == Stance.RejectsAnnexation) && Offered(r, cue.First))
            {
                Note("is a recognition offered, planned or written into a deal, not given");
                continue;
            }
            if (RetakenByForce(r, cue))
            {
                Note("is the means of a retaking the clause speaks of (\"lacks the strength to return Crimea ... by force\")");
                continue;
            }
            if (NamedByAnother(r, cue))
            {
                Note("is only named by a longer match that rejects or recognises it");
                continue;
            }
            if (rule.Meaning(negated) is not { } stance)
            {
                Note(negated ? "is negated and then says nothing" : "counts only when negated");
                continue;
            }
            if ((rule.Mood is Mood.Stated or Mood.Voiced && Hedged(r, cue.First)) || Counterfactual(r, cue.First))
            {
                Note("is hedged");
                continue;
            }
            if (rule.Mood == Mood.Demanded && !Demanded(r, cue.First))
            {
                Note("is not put as a demand or a condition");
                continue;
            }
            // "part of China's Nansha Qundao" still says whose it is: the thing owned is a territory of that owner.
            if (rule.Owner && cue.End < r.Tokens.Count && r.Tokens[cue.End].Lower == "'s"
                && cue.Value.Captures.Any(c => c.Slot == Slot.Actor && c.End == cue.End)
                && r.MentionAt(cue.End + 1) is not { TerritoryId: not null })
            {
                Note("names an owner of something else (\"part of Russia's plan\")");
                continue;
            }
            var verb = GoverningVerb(r, cue.First);
            var reported = verb is null ? Continued(r, cue.First, context) : attribution.AtVerb(r, verb.Value, context, (DateAtVerb(r, verb) ?? context.NewsDay).Start);
            // A verb after the words speaks for them only if it names who spoke: "..., the ministry said", not "..., a day after its parliament declared".
            if (verb > cue.First && reported is null && !r.InQuote(cue.First)) verb = null;
            if (rule.Mood == Mood.Voiced && verb is null && reported is null && !r.InQuote(cue.First))
            {
                Note("is the paper's own account, not something anyone is reported saying");
                continue;
            }
            var on = DateAtVerb(r, verb) ?? context.NewsDay;
            // "recognise the annexation of four Ukrainian regions by Russia": "by" after the place names who annexed it.
            var agents = NominalObject(r, cue) ? [] : By(r, cue.End, context, on.Start);
            var captured = Captured(r, cue.Value, Slot.Actor);
            var holders = agents.Count > 0
                ? agents.Select(a => (Actor: (string?)a, Speaker: (Speaker?)null)).ToList()
                : rule.Holder == Rules.Holder.Slot && captured is not null
                    ? [(captured, null)]
                    : (rule.Holder == Rules.Holder.Speaker || NoOtherHolder(r, verb, cue.First)) && SpeakingTogether(r, verb, cue.First) is { Count: > 1 } chorus
                        ? chorus.Select(a => (Actor: (string?)a, Speaker: (Speaker?)null)).ToList()
                    : Together(r, cue.First, rule.Holder, verb, reported) is { Count: > 1 } many
                        ? many.Select(a => (Actor: (string?)a, Speaker: (Speaker?)null)).ToList()
                        : [Holder(r, cue.First, rule.Holder, verb, reported, context, on.Start)];
            // "Beijing's claim to Taiwan is driving its build-up, analysts said": a claim another voice describes is not a statement of it.
            if (rule.Holder == Rules.Holder.Slot && agents.Count == 0 && captured is not null && verb < cue.First && !r.InQuote(cue.First)
                && (reported is null || (reported.Actor is { } other && other != captured)))
            {
                Note("is described by someone other than its holder");
                continue;
            }
            var territories = TerritoriesOf(r, cue.First, cue.End, cue.Value, spots, context);
            if (rule.WouldBeStates && !cue.Value.Captures.Any(c => c.Slot == Slot.Territory && r.MentionAt(c.First)?.Is(MentionKind.Actor) == true))
            {
                Note("names a territory that is not a would-be state");
                continue;
            }
            if (territories.Count == 0 && Totality(r, cue.First, cue.End)) territories = context.NamedNext(r.Sentence.Index);
            // "any deal would involve some swapping of territories, without saying which": the story says it names none.
            if (!spots.Any(s => s.Explicit) && Unspecified(r))
            {
                Note("names no territory, and the story says so");
                continue;
            }
            if (territories.Count == 0)
            {
                Note("names no territory, and none was just discussed");
                continue;
            }
            var named = TerritorySpots.Ids(spots).Concat(GroupMembers(r)).ToHashSet(StringComparer.Ordinal);
            foreach (var (heldBy, heldSpeaker) in holders)
            {
                // "The three islands are an inseparable part of Iran's territory, foreign ministry spokesman Nasser Kanaani said":
                // an office whose country the story does not give, stating whose territory it is, speaks for that owner.
                var owned = heldBy is null && rule.Owner && captured is not null && reported is { Actor: null, Role: not null };
                var holderActor = owned ? captured : heldBy;
                var speaker = owned ? reported! with { Actor = captured } : heldSpeaker;
                if (holderActor is null)
                {
                    Note("has no actor holding it (no speaker, office or state to attribute it to)");
                    continue;
                }
                var ownVerb = reported is null || reported.Actor == holderActor || owned ? verb : null;
                var date = StatementDate(r, ownVerb, cue.First, speaker, context, passive: agents.Count > 0);
                var (quote, quoteSpan) = QuoteAt(r, cue.First);
                var confidence = 0.5 + (speaker?.IsPerson == true ? 0.2 : 0) + (spots.Count > 0 ? 0.1 : 0) + (quote is not null ? 0.1 : 0);
                foreach (var territory in territories)
                {
                    var final = rule.Owner ? Ownership(stance, holderActor, captured ?? holderActor, territory, rule.ClaimsWhenOwn) : stance;
                    if (final is null) continue;
                    if (rule.NotByHolder && gazetteer.TerritoryById(territory)?.Holder == holderActor)
                    {
                        Note($"would have {holderActor}, which holds {territory}, demand it");
                        continue;
                    }
                    Note($"gives {holderActor} {final} on {territory}");
                    drafts.Add(new StatementDraft(holderActor, speaker?.IsPerson == true ? speaker : null, final.Value, territory, date,
                        quote, r.Sentence.Span, quoteSpan, Math.Min(confidence, 0.95), rule.Id)
                    {
                        SentenceIndex = r.Sentence.Index,
                        TerritoryNamed = named.Contains(territory),
                    });
                }
            }
        }
        Echo(r, context, drafts);
        return drafts;
    }

    /// <summary>"echoed the same stance": the stances just reported, now held by this sentence's subject too.</summary>
    private void Echo(Reading r, Context context, List<StatementDraft> drafts)
    {
        if (r.Echoes.FirstOrDefault() is not { End: > 0 } echo || context.LastStatement is not { } last || r.Sentence.Index - last.Sentence > 3) return;
        var verb = GoverningVerb(r, echo.First);
        var on = DateAtVerb(r, verb) ?? context.NewsDay;
        var reported = verb is null ? null : attribution.AtVerb(r, verb.Value, context, on.Start);
        var holder = attribution.Subject(r, echo.First + 1, context, on.Start) ?? reported;
        if (holder?.Actor is null) return;
        var date = StatementDate(r, verb, echo.First, holder, context, passive: false);
        foreach (var stance in last.Stances)
            foreach (var territory in last.Territories)
                drafts.Add(new StatementDraft(holder.Actor, holder.IsPerson ? holder : null, stance, territory, date, null, r.Sentence.Span, null, 0.6, "echo")
                    { SentenceIndex = r.Sentence.Index, TerritoryNamed = false });
    }

    /// <summary>
    /// A claim that is the object of another match rejecting, recognising or demanding it ("rejects Moscow's claim to
    /// Crimea", "recognises Morocco's sovereignty over", "must leave every inch of its territory"), or a demand that
    /// is the object of a refusal, is named here, not asserted.
    /// </summary>
    private static bool NamedByAnother(Reading r, Found<StanceCue> cue) =>
        r.Stances.Any(other => other.Value.Rule != cue.Value.Rule && other.First <= cue.First && cue.First < other.End
                               && (other.First < cue.First || other.End > cue.End)
                               && cue.Value.Rule.Stance switch
                               {
                                   // "China's map, which shows Arunachal Pradesh as Chinese territory": the map's owner claims it, not whoever reports the map.
                                   Stance.ClaimsSovereignty => other.End >= cue.End && (other.Value.Rule.Stance is Stance.RecognizesSovereignty
                                       or Stance.RejectsAnnexation or Stance.DemandsReturn || other.Value.Rule.Negated == Stance.RejectsAnnexation
                                       || (other.Value.Rule.Stance == Stance.ClaimsSovereignty && other.Value.Rule.Holder == Rules.Holder.Slot)),
                                   // "rejected US calls to return Crimea": the demand is the other side's, and refused.
                                   Stance.DemandsReturn => other.Value.Rule.Stance == Stance.RejectsNegotiation,
                                   // "rejected any exchange of territory": the swap is refused, not proposed.
                                   Stance.ProposesExchange => other.Value.Rule.Stance == Stance.RejectsNegotiation,
                                   _ => false,
                               });

    /// <summary>
    /// "lacked the strength to return Crimea and the occupied parts of the Donbas by force": "by force" after a cue that
    /// speaks of taking the territory back, in the same clause, is how it would be retaken, not how it was seized.
    /// </summary>
    private static bool RetakenByForce(Reading r, Found<StanceCue> cue)
    {
        if (cue.Value.Rule.Stance != Stance.RejectsAnnexation) return false;
        var force = -1;
        for (var i = cue.First; i + 1 < cue.End; i++)
            if (r.Tokens[i].Lower == "by" && r.Tokens[i + 1].Lower == "force") force = i;
        return force >= 0 && r.Stances.Any(other => other.End <= cue.First
                                                     && other.Value.Rule.Stance is Stance.ConcedesControl or Stance.DemandsReturn
                                                     && SameClause(r, other.End - 1, force));
    }

    private static readonly HashSet<string> Nominals =
        ["annexation", "annexations", "seizure", "occupation", "incorporation", "takeover", "absorption", "claim", "claims", "sovereignty", "independence"];

    private static bool NominalObject(Reading r, Found<StanceCue> cue) =>
        (cue.Value.Captures.Any(c => c.Slot == Slot.Territory && c.End == cue.End)
         && Enumerable.Range(cue.First, cue.End - cue.First).Any(i => Nominals.Contains(r.Tokens[i].Lower)))
        // "Crimea was illegally annexed by Moscow": "by" after the verb of seizure names who seized it.
        || r.Tokens[cue.End - 1].Lower is "annexed" or "seized" or "occupied" or "incorporated" or "absorbed" or "captured" or "taken";

    /// <summary>""Inventing names changes nothing: ...""  — a quotation with no verb of its own goes on with the last speaker's words.</summary>
    private static Speaker? Continued(Reading r, int cue, Context context) =>
        r.InQuote(cue) && context.Voice is { } voice && r.Sentence.Index - voice.Sentence <= 2 ? voice.Speaker : null;

    /// <summary>The actor a slot of the match took, if any.</summary>
    private static string? Captured(Reading r, StanceCue cue, Slot slot) =>
        cue.Captures.Where(c => c.Slot == slot).Select(c => r.MentionAt(c.First)?.ActorCode).FirstOrDefault(a => a is not null);

    /// <summary>
    /// What saying the territory belongs to <paramref name="owner"/> means from <paramref name="holder"/>: its own
    /// claim; from a third party, recognition of the owner's claim, except that upholding the recognised owner of a
    /// territory it does not hold rejects whoever took it ("Crimea is Ukraine", said in Warsaw; "Moldova's territorial
    /// integrity", said of Transnistria).
    /// </summary>
    private Stance? Ownership(Stance stance, string holder, string owner, string territory, bool claimsWhenOwn)
    {
        if (stance != Stance.ClaimsSovereignty) return stance;
        if (owner == holder) return claimsWhenOwn ? Stance.ClaimsSovereignty : null;
        var known = gazetteer.TerritoryById(territory);
        // The side holding it, saying it is the recognised owner's, gives it up: "the United Kingdom will accept that the Chagos
        // belong to Mauritius" is recognition, not a rejection of itself.
        return known is not null && known.RecognizedAs == owner && known.Holder != owner && known.Holder != holder
            ? Stance.RejectsAnnexation
            : Stance.RecognizesSovereignty;
    }

    /// <summary>"without saying which", "did not specify": the words leave the places open on purpose.</summary>
    private static bool Unspecified(Reading r)
    {
        for (var i = 0; i + 1 < r.Tokens.Count; i++)
        {
            var (word, next) = (r.Tokens[i].Lower, r.Tokens[i + 1].Lower);
            if ((word == "without" && next is "saying" or "specifying" or "naming" or "identifying")
                || (word is "not" or "n't" && next is "specify" or "say" or "name") && i + 2 < r.Tokens.Count && r.Tokens[i + 2].Lower is "which" or "where" or "what")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "the return of all our territories", "every inch of our land", "All of Ukraine will be freed": the whole of what a state
    /// counts as its own, which only the words around can list.
    /// </summary>
    private static bool Totality(Reading r, int first, int end)
    {
        var from = Math.Max(0, first - 4);
        var whole = false;
        var owned = false;
        for (var i = from; i < end && i < r.Tokens.Count; i++)
        {
            var word = r.Tokens[i].Lower;
            whole |= word is "all" or "every" or "entire" or "whole";
            owned |= word is "our" || (word == "of" && r.MentionAt(i + 1) is { ActorCode: not null });
        }
        return whole && owned;
    }

    private static IEnumerable<string> GroupMembers(Reading r) =>
        r.Mentions.Select(m => m.Of(MentionKind.Group)?.Group).OfType<TerritoryGroup>().SelectMany(g => g.Members);

    /// <summary>The territories a stance is about: those its pattern's {T} took, else those its clause, quote or context give.</summary>
    private static IReadOnlyList<string> TerritoriesOf(Reading r, int cue, int cueEnd, StanceCue found, IReadOnlyList<TerritorySpot> spots, Context context)
    {
        var slots = found.Captures.Where(c => c.Slot == Slot.Territory).ToList();
        var taken = TerritorySpots.Ids(spots.Where(s => slots.Any(c => s.First < c.End && c.First < s.End)));
        if (taken.Count > 0) return taken;
        var around = TerritoriesFor(r, cue, spots, context);
        if (around.Count > 0) return around;
        // "would never recognise Russia's claims to the four Ukrainian regions", "the annexation of four Ukrainian regions was
        // void": a group inside the stance's own words names its members, even where the article does not name them one by one.
        return r.Mentions.Where(m => m.Of(MentionKind.Group)?.Group is not null
                                     && (slots.Any(c => m.First < c.End && c.First < m.End) || (m.First >= cue && m.End <= cueEnd)))
            .SelectMany(m => m.Of(MentionKind.Group)!.Group!.Members).Distinct().ToList();
    }

    private static IReadOnlyList<string> TerritoriesFor(Reading r, int cue, IReadOnlyList<TerritorySpot> spots, Context context)
    {
        var quote = r.QuoteOf[cue];
        var inQuote = quote >= 0 ? spots.Where(s => r.QuoteOf[s.First] == quote).ToList() : [];
        if (inQuote.Count > 0) return TerritorySpots.Ids(inQuote);
        // "Aksai Chin, which India claims as part of Ladakh": the place it is said to be part of is not what the stance is about.
        var objects = spots.Where(s => !(s.First >= 2 && r.Tokens[s.First - 1].Lower == "of" && r.Tokens[s.First - 2].Lower == "part")).ToList();
        if (objects.Count > 0) return TerritorySpots.Ids(objects);
        // "Taiwan's government rejected Beijing's claim over the island": the state speaking is the place in dispute.
        var both = r.Mentions.Where(m => m.Is(MentionKind.Actor) && m.TerritoryId is not null).Select(m => m.TerritoryId!).Distinct().ToList();
        if (both.Count > 0) return both;
        var recent = context.Recent(r.Sentence.Index, r.Sentence.Paragraph);
        if (recent.Count > 0) return recent;
        if (context.LastStatement is { } last && r.Sentence.Index - last.Sentence <= 2) return last.Territories;
        // A story about one place: "the ministry said the vote changed nothing" is about it, however far back it was named.
        return context.Dominant is { } dominant ? [dominant] : [];
    }

    /// <summary>The sentence of the quotation the cue sits in, as written: the words a source can be held to.</summary>
    private static (string? Quote, TextSpan? Span) QuoteAt(Reading r, int cue)
    {
        var q = r.ShortQuoteOf[cue];
        if (q < 0) return (null, null);
        var inner = r.Sentence.Quotes[q].Inner;
        var at = r.Tokens[cue].Start;
        var start = inner.Start;
        var end = inner.End;
        for (var i = inner.Start; i < inner.End - 1; i++)
        {
            if (r.Body[i] is not ('.' or '!' or '?') || !char.IsWhiteSpace(r.Body[i + 1])) continue;
            if (i < at) start = i + 1;
            else { end = i + 1; break; }
        }
        while (start < end && char.IsWhiteSpace(r.Body[start])) start++;
        while (end > start && (char.IsWhiteSpace(r.Body[end - 1]) || r.Body[end - 1] is ',' or ';')) end--;
        var span = TextSpan.FromBounds(start, end);
        return span.Length == 0 ? (null, null) : (span.Of(r.Body), span);
    }
}

public static class DateParts
{
    public static PartialDate ToPartial(this DateOnly day) => PartialDate.OfDay(day);
}
