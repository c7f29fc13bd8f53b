using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Dates;
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
public sealed class StatementRules(Attribution attribution, Gazetteer gazetteer)
{
    public List<StatementDraft> Read(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Trace? trace = null)
    {
        var drafts = new List<StatementDraft>();
        if (r.Sentence.Index < context.Lead) return drafts; // a headline repeats, undated, what the story tells
        foreach (var cue in r.Stances)
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
            if ((rule.Mood == Mood.Stated && Hedged(r, cue.First)) || Counterfactual(r, cue.First))
            {
                Note("is hedged");
                continue;
            }
            if (rule.Mood == Mood.Demanded && !Demanded(r, cue.First))
            {
                Note("is not put as a demand or a condition");
                continue;
            }
            if (rule.Owner && cue.End < r.Tokens.Count && r.Tokens[cue.End].Lower == "'s"
                && cue.Value.Captures.Any(c => c.Slot == Slot.Actor && c.End == cue.End))
            {
                Note("names an owner of something else (\"part of Russia's plan\")");
                continue;
            }
            var verb = GoverningVerb(r, cue.First);
            var reported = verb is null ? Continued(r, cue.First, context) : attribution.AtVerb(r, verb.Value, context, (DateAtVerb(r, verb) ?? context.NewsDay).Start);
            // A verb after the words speaks for them only if it names who spoke: "..., the ministry said", not "..., a day after its parliament declared".
            if (verb > cue.First && reported is null && !r.InQuote(cue.First)) verb = null;
            var on = DateAtVerb(r, verb) ?? context.NewsDay;
            var agents = By(r, cue.End);
            var captured = Captured(r, cue.Value, Slot.Actor);
            var holders = agents.Count > 0
                ? agents.Select(a => (Actor: (string?)a, Speaker: (Speaker?)null)).ToList()
                : rule.Holder == Rules.Holder.Slot && captured is not null
                    ? [(captured, null)]
                    : Together(r, cue.First, rule.Holder, verb, reported) is { Count: > 1 } many
                        ? many.Select(a => (Actor: (string?)a, Speaker: (Speaker?)null)).ToList()
                        : [Holder(r, cue.First, rule.Holder, verb, reported, context, on.Start)];
            var territories = TerritoriesOf(r, cue.First, cue.Value, spots, context);
            if (territories.Count == 0)
            {
                Note("names no territory, and none was just discussed");
                continue;
            }
            foreach (var (holderActor, speaker) in holders)
            {
                if (holderActor is null)
                {
                    Note("has no actor holding it (no speaker, office or state to attribute it to)");
                    continue;
                }
                var ownVerb = reported is null || reported.Actor == holderActor ? verb : null;
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
                        quote, r.Sentence.Span, quoteSpan, Math.Min(confidence, 0.95), rule.Id));
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
                drafts.Add(new StatementDraft(holder.Actor, holder.IsPerson ? holder : null, stance, territory, date, null, r.Sentence.Span, null, 0.6, "echo"));
    }

    /// <summary>
    /// A claim that is the object of another match rejecting, recognising or demanding it ("rejects Moscow's claim to
    /// Crimea", "recognises Morocco's sovereignty over", "must leave every inch of its territory"), or a demand that
    /// is the object of a refusal, is named here, not asserted.
    /// </summary>
    private static bool NamedByAnother(Reading r, Found<StanceCue> cue) =>
        r.Stances.Any(other => other.Value.Rule != cue.Value.Rule && other.First < cue.First && cue.First < other.End
                               && cue.Value.Rule.Stance switch
                               {
                                   Stance.ClaimsSovereignty => other.End >= cue.End && (other.Value.Rule.Stance is Stance.RecognizesSovereignty
                                       or Stance.RejectsAnnexation or Stance.DemandsReturn || other.Value.Rule.Negated == Stance.RejectsAnnexation),
                                   // "rejected US calls to return Crimea": the demand is the other side's, and refused.
                                   Stance.DemandsReturn => other.Value.Rule.Stance == Stance.RejectsNegotiation,
                                   _ => false,
                               });

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
        return known is not null && known.RecognizedAs == owner && known.Holder != owner
            ? Stance.RejectsAnnexation
            : Stance.RecognizesSovereignty;
    }

    /// <summary>The territories a stance is about: those its pattern's {T} took, else those its clause, quote or context give.</summary>
    private static IReadOnlyList<string> TerritoriesOf(Reading r, int cue, StanceCue found, IReadOnlyList<TerritorySpot> spots, Context context)
    {
        var slots = found.Captures.Where(c => c.Slot == Slot.Territory).ToList();
        var taken = TerritorySpots.Ids(spots.Where(s => slots.Any(c => s.First < c.End && c.First < s.End)));
        // A slot that holds only a phrase nothing earlier resolves ("the islands" in a lead) leaves it to the sentence.
        return taken.Count > 0 ? taken : TerritoriesFor(r, cue, spots, context);
    }

    /// <summary>A demand, goal or condition governs the words: "must", "demanded that", "as soon as", "until".</summary>
    private static bool Demanded(Reading r, int cue)
    {
        for (var i = cue - 1; i >= 0 && cue - i <= 16; i--)
        {
            var word = r.Tokens[i].Lower;
            if (word is "." or ";") break;
            if (DemandWords.Contains(word)) return true;
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
        for (var i = cue - 1; i >= 1 && cue - i <= 8; i--)
        {
            if (r.Tokens[i].Lower is "." or ";") break;
            if (r.Tokens[i].Lower == "have" && r.Tokens[i - 1].Lower is "would" or "could" or "might" or "'d") return true;
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
    /// A negation in the cue's clause, a few words before it ("will never, ever recognise"), unless another cue holds
    /// it or stands nearer to it ("never renounce its claims") or it belongs to a verb of speech between ("did not say that").
    /// </summary>
    private static bool Negated(Reading r, int cue, int cueEnd, StanceRule rule) =>
        r.Negations.Any(n => n.End <= cue && cue - n.End <= 6 && SameClause(r, n.First, cue)
                             && !r.SpeechVerbs.Any(v => v.First >= n.End && v.First < cue)
                             // Another cue holding the negation ("not cede an inch") takes it, unless it says what this one negated says.
                             && !r.Stances.Any(other => other.First != cue && other.First <= n.First && n.End <= other.End
                                                        && other.Value.Rule.Stance != rule.Negated)
                             && !r.Stances.Any(other => other.First >= n.End && other.First < cue));

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

    /// <summary>The verb of speech whose words the cue is: the one attributing its quotation, else the nearest before it.</summary>
    private static int? GoverningVerb(Reading r, int cue)
    {
        var quote = r.QuoteOf[cue];
        if (quote >= 0)
        {
            // "X wrote that the United States "will not accept ...," and called on Moscow": the verb that introduces
            // a quotation speaks for it; one after it does only when nothing came before.
            var (start, end) = QuoteTokens(r, quote);
            var before = r.SpeechVerbs.LastOrDefault(v => v.End <= start && start - v.End <= 6 && !r.InQuote(v.First));
            if (before.End > 0) return before.First;
            var after = r.SpeechVerbs.FirstOrDefault(v => v.First >= end && v.First - end <= 8 && !r.InQuote(v.First));
            if (after.End > 0) return after.First;
        }
        var nearest = r.SpeechVerbs.LastOrDefault(v => v.End <= cue && !r.InQuote(v.First));
        if (nearest.End > 0) return nearest.First;
        // "..., the State Department said on Tuesday.": the attribution comes after a comma at the end.
        var trailing = r.SpeechVerbs.FirstOrDefault(v => v.First > cue && !r.InQuote(v.First)
                                                        && r.Tokens.Skip(cue).Take(v.First - cue).Any(t => t.Lower == ","));
        return trailing.End > 0 ? trailing.First : null;
    }

    private static (int Start, int End) QuoteTokens(Reading r, int quote)
    {
        var start = Array.IndexOf(r.QuoteOf, quote);
        var end = Array.LastIndexOf(r.QuoteOf, quote) + 1;
        return (start, end);
    }

    /// <summary>Whose stance it is, and the person who voiced it if they speak for that actor.</summary>
    private (string? Actor, Speaker? Speaker) Holder(Reading r, int first, Holder agent, int? verb, Speaker? reported, Context context, DateOnly on)
    {
        Speaker? holder;
        // Reported words are the speaker's unless the clause they report names a subject of its own: "Peskov said Russia ...".
        var from = verb is { } v && v < first && reported is not null ? v + 1 : 0;
        if (agent == Rules.Holder.Speaker || r.InQuote(first))
            holder = (r.InQuote(first) ? reported : reported ?? Adjacent(r, first, context, on) ?? attribution.Subject(r, first, context, on))
                     ?? Near(r, first, from, context, on);
        else
            holder = Near(r, first, from, context, on) ?? reported;
        if (holder?.Actor is null) return (null, null);
        if (reported?.Actor == holder.Actor && reported.IsPerson && !holder.IsPerson) holder = reported;
        return (holder.Actor, holder);
    }

    /// <summary>"..., a step the UN Security Council declared null and void": the subject right before words that are a verb of their own.</summary>
    private Speaker? Adjacent(Reading r, int cue, Context context, DateOnly on)
    {
        if (cue == 0 || r.Tokens[cue].Capitalized) return null;
        var subject = r.MentionAt(cue - 1);
        if (subject is null || r.InQuote(subject.First) || Attribution.AfterPreposition(r, subject) || Possessor(r, subject)
            || !(r.ActsAsActor(subject) || subject.Is(MentionKind.Person) || subject.Is(MentionKind.Role))) return null;
        return attribution.Of(r, subject, context, on);
    }

    /// <summary>The actors in "denounced as illegal by the United States and 100 countries in the UN General Assembly".</summary>
    private static List<string> By(Reading r, int end)
    {
        // "described as illegal and void by Germany's foreign minister": the agent a few words on.
        for (var k = end; k < Math.Min(r.Tokens.Count, end + 3) && r.Tokens[k].Lower is "and" or "or" or "void" or "null" or "invalid" or "illegitimate" or "unlawful"; k++)
            end = k + 1;
        if (end >= r.Tokens.Count || r.Tokens[end].Lower != "by") return [];
        var (_, stop) = Clauses.Around(r, end, end + 1);
        return r.Mentions.Where(m => m.First > end && m.First < stop && m.ActorCode is not null && !m.Is(MentionKind.Territory))
            .Select(m => m.ActorCode!).Distinct().ToList();
    }

    /// <summary>
    /// "The United States, Britain and France recognised Kosovo": states named together as the subject, when nobody
    /// is reported speaking for them.
    /// </summary>
    private static List<string> Together(Reading r, int cue, Holder agent, int? verb, Speaker? reported)
    {
        if (agent != Rules.Holder.Near || reported is not null || r.InQuote(cue)) return [];
        var last = r.Mentions.LastOrDefault(m => m.End <= cue && r.ActsAsActor(m) && !Attribution.AfterPreposition(r, m) && !Possessor(r, m));
        if (last is null) return [];
        var actors = new List<string> { last.ActorCode! };
        var at = last.First;
        while (at >= 2 && r.Tokens[at - 1].Lower is "," or "and" && r.MentionAt(at - 2) is { } before && r.ActsAsActor(before)
               && !Attribution.AfterPreposition(r, before))
        {
            actors.Insert(0, before.ActorCode!);
            at = before.First;
        }
        return actors.Distinct().ToList();
    }

    /// <summary>
    /// The person, office or actor named closest before the cue, on the same side of any quotation mark;
    /// an owner ("Russia's parliament") is passed over, an office's owner ("Putin's spokesman") is not.
    /// </summary>
    private Speaker? Near(Reading r, int cue, int from, Context context, DateOnly on)
    {
        var mention = r.Mentions.LastOrDefault(m => m.First >= from && m.End <= cue && r.QuoteOf[m.First] == r.QuoteOf[cue] && !Possessor(r, m) && !Addressed(r, m)
                                                    && !Attribution.AfterPreposition(r, m) && !Modifier(r, m)
                                                    && (m.Is(MentionKind.Person) || m.Is(MentionKind.Role) || m.Is(MentionKind.Pronoun)
                                                        || r.ActsAsActor(m)));
        return mention is null ? null : attribution.Of(r, mention, context, on);
    }

    /// <summary>"Ukraine talks", "the Russia-Ukraine war": a name describing a noun is not the one taking a stance.</summary>
    private static bool Modifier(Reading r, Mention m) =>
        m.End < r.Tokens.Count && TopicNouns.Contains(r.Tokens[m.End].Lower);

    private static readonly HashSet<string> TopicNouns =
        ["talks", "conflict", "war", "crisis", "issue", "question", "dispute", "negotiations", "meeting", "summit", "deal", "border", "policy", "-"];

    /// <summary>"accused China of", "called on Tokyo to": the one addressed is not the one taking the stance.</summary>
    private static bool Addressed(Reading r, Mention m) =>
        m.First > 0 && r.SpeechVerbs.Any(v => v.End == m.First && r.Tokens[v.First].Lower is "accused" or "accuses" or "called" or "calls" or "urged" or "urges" or "told" or "tells");

    private static bool Possessor(Reading r, Mention m) =>
        m.End + 1 < r.Tokens.Count && r.Tokens[m.End].Lower == "'s" && r.MentionAt(m.End + 1)?.Is(MentionKind.Role) != true;

    private static IReadOnlyList<string> TerritoriesFor(Reading r, int cue, IReadOnlyList<TerritorySpot> spots, Context context)
    {
        var quote = r.QuoteOf[cue];
        var inQuote = quote >= 0 ? spots.Where(s => r.QuoteOf[s.First] == quote).ToList() : [];
        if (inQuote.Count > 0) return TerritorySpots.Ids(inQuote);
        if (spots.Count > 0) return TerritorySpots.Ids(spots);
        // "Taiwan's government rejected Beijing's claim over the island": the state speaking is the place in dispute.
        var both = r.Mentions.Where(m => m.Is(MentionKind.Actor) && m.TerritoryId is not null).Select(m => m.TerritoryId!).Distinct().ToList();
        if (both.Count > 0) return both;
        var recent = context.Recent(r.Sentence.Index, r.Sentence.Paragraph);
        if (recent.Count > 0) return recent;
        if (context.LastStatement is { } last && r.Sentence.Index - last.Sentence <= 2) return last.Territories;
        // A story about one place: "the ministry said the vote changed nothing" is about it, however far back it was named.
        return context.Dominant is { } dominant ? [dominant] : [];
    }

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
            return context.Published.ToPartial();
        }
        // A date of the sentence's own comes before what was said of the speaker earlier: "Putin, on February 21, signed decrees recognising ...".
        if (verb is null)
        {
            var (start, stop) = Clauses.Around(r, cue, cue + 1);
            var relative = start > 0 && r.Tokens[start - 1].Lower is "that" or "which" or "who" or "whom";
            var ownSubject = relative && r.Mentions.Any(m => m.First >= start && m.End <= cue && m.ActorCode is not null);
            var near = passive || !ownSubject ? NearestDate(r, cue) : NearestDate(r, cue, start, stop);
            if (near is not null) return near.Value;
        }
        if (speaker is not null && context.DateOf(speaker) is { } known) return known;
        return context.DayOfParagraph(r.Sentence.Paragraph, r.Sentence.Index) ?? context.NewsDay;
    }

    /// <summary>A date in the words that report the speech: "On Tuesday, X said", "X told reporters Thursday that".</summary>
    public static PartialDate? DateAtVerb(Reading r, int? verb)
    {
        if (verb is null) return null;
        var v = verb.Value;
        var start = v;
        while (start > 0 && r.Tokens[start - 1].Kind != TokenKind.QuoteMark && r.Tokens[start - 1].Lower is not ("that" or ";")) start--;
        var stop = v + 1;
        while (stop < r.Tokens.Count && stop - v <= 6 && r.Tokens[stop].Lower is not ("that" or ":") && r.Tokens[stop].Kind != TokenKind.QuoteMark) stop++;
        return r.Dates
            .Where(d => d.Token >= start && d.Token < stop && Usable(d.Date) && !r.InQuote(d.Token))
            .OrderBy(d => Math.Abs(d.Token - v))
            .Select(d => (PartialDate?)d.Date.Date)
            .FirstOrDefault();
    }

    public static PartialDate? NearestDate(Reading r, int at, int start = 0, int stop = int.MaxValue) => r.Dates
        .Where(d => Usable(d.Date) && !r.InQuote(d.Token) && d.Token >= start && d.Token < stop)
        .OrderBy(d => Math.Abs(d.Token - at))
        .Select(d => (PartialDate?)d.Date.Date)
        .FirstOrDefault();

    public static bool Usable(DateMention date) => (date.Flags & (DateFlags.Future | DateFlags.AnchorOnly)) == 0;

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
