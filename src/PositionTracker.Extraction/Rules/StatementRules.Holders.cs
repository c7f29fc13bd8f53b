using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>Whose words they are: the verb of speech that reports them, and the speaker, state or office it names.</summary>
public sealed partial class StatementRules
{
    /// <summary>The verb of speech whose words the cue is: the one attributing its quotation, else the nearest before it.</summary>
    private static int? GoverningVerb(Reading r, int cue)
    {
        var quote = r.QuoteOf[cue];
        if (quote >= 0)
        {
            // "X wrote that the United States "will not accept ...," and called on Moscow": the verb that introduces
            // a quotation speaks for it; one after it does only when nothing came before.
            var (start, end) = QuoteTokens(r, quote);
            // "said it recognised that there was only one China and that "Taiwan is ..."": the verb may introduce a longer lead-in.
            // The quotation's own opening mark stands between the verb and its words, and does not count.
            var open = start > 0 && r.Tokens[start - 1].Kind == TokenKind.QuoteMark ? start - 1 : start;
            var before = r.SpeechVerbs.LastOrDefault(v => v.End <= open && open - v.End <= 16 && !r.InQuote(v.First)
                                                         && !r.Tokens.Skip(v.End).Take(open - v.End).Any(t => t.Kind == TokenKind.QuoteMark || t.Lower is ";" or "."));
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
        if (CrowdSpeaks(r, verb ?? first, verb is not null)) return (null, null);
        Speaker? holder;
        // Reported words are the speaker's unless the clause they report names a subject of its own: "Peskov said Russia ...".
        var from = verb is { } v && v < first && reported is not null ? v + 1 : 0;
        if (agent == Rules.Holder.Speaker || r.InQuote(first))
            holder = (r.InQuote(first) ? reported : reported ?? Adjacent(r, first, context, on) ?? attribution.Subject(r, first, context, on))
                     ?? Near(r, first, from, context, on);
        else
            holder = Near(r, first, from, context, on) ?? reported;
        // "Moscow has no intention of ..., Deputy Foreign Minister Sergei Ryabkov said": an office whose country the
        // article does not give speaks for the state its own clause is about.
        if (holder is { Actor: null, Role: not null } office && office == reported
            && r.Mentions.FirstOrDefault(m => m.End <= first && !r.InQuote(m.First) && (verb is null || verb > first || m.First > verb))
                is { } subject && r.ActsAsActor(subject) && (!Possessor(r, subject) || (verb > first && OwnsPosition(r, subject))) && !Attribution.AfterPreposition(r, subject)
            && !r.Tokens.Skip(subject.End).Take(first - subject.End).Any(t => t.Lower is "that" or "which" or "who" or ";" or ":" or ".")
            && subject.ActorCode is { } state)
            holder = office with { Actor = state };
        // "..., a foreign ministry spokesman told reporters in Seoul": an office with no country, speaking in a capital, speaks for it.
        else if (holder is { Actor: null, Role: not null } unplaced && unplaced == reported && verb is { } said
                 && Enumerable.Range(said + 1, Math.Max(0, Math.Min(r.Tokens.Count - 1, said + 5) - said - 1))
                     .FirstOrDefault(i => r.Tokens[i].Lower == "in" && r.MentionAt(i + 1)?.Of(MentionKind.Actor) is { Form: ActorForm.Capital }) is var at and > 0)
            holder = unplaced with { Actor = r.MentionAt(at + 1)!.ActorCode };
        // "'The United Kingdom will accept that sovereignty over the Chagos belongs to Mauritius,' the statement said": a state the
        // quotation names as accepting what follows is the one whose stance it is.
        if (r.InQuote(first) && Accepting(r, first) is { } accepting && accepting != holder?.Actor)
            holder = holder is { IsPerson: true } person && Known(person, accepting) ? person with { Actor = accepting } : Speaker.ForActor(accepting);
        if (holder?.Actor is null) return (null, null);
        if (reported?.Actor == holder.Actor && reported.IsPerson && !holder.IsPerson) holder = reported;
        if (holder == reported && Principal(r, verb) is { } principal && principal != holder.Actor)
            return (principal, holder.IsPerson ? holder with { Actor = principal } : null);
        return (holder.Actor, holder);
    }

    /// <summary>Voices that speak for no state: crowds, commentators, and documents of no government.</summary>
    private static readonly HashSet<string> NoStateVoices =
    [
        "thousands", "hundreds", "dozens", "protesters", "protestors", "demonstrators", "crowd", "crowds", "residents", "people",
        "villagers", "activists", "students", "marchers", "supporters", "fans", "rally", "rallies", "mourners", "veterans",
        "analysts", "analyst", "critics", "critic", "experts", "expert", "observers", "commentators", "scholars", "historians",
        "academics", "researchers", "opponents", "bloggers", "poll", "polls", "survey", "study", "editorial", "columnists", "pundits",
    ];

    /// <summary>
    /// "..., said Le Minh Duc, a historian at a university in Ho Chi Minh City", "said Dusan Petrovic, a political analyst in
    /// Belgrade": a speaker the story describes as a commentator, whatever capital they speak in.
    /// </summary>
    private static bool DescribedAsCommentator(Reading r, int verb)
    {
        var comma = -1;
        for (var i = verb + 1; i < Math.Min(r.Tokens.Count, verb + 7) && comma < 0; i++)
            if (r.Tokens[i].Lower == ",") comma = i;
            else if (r.Tokens[i].Kind == TokenKind.QuoteMark || r.Tokens[i].Lower is "that" or ";" or ".") return false;
        if (comma < 0 || comma + 1 >= r.Tokens.Count || r.Tokens[comma + 1].Lower is not ("a" or "an")) return false;
        for (var i = comma + 2; i < Math.Min(r.Tokens.Count, comma + 6); i++)
            if (Commentators.Contains(r.Tokens[i].Lower)) return true;
        return false;
    }

    private static readonly HashSet<string> Commentators =
    [
        "analyst", "historian", "researcher", "scholar", "academic", "professor", "lecturer", "commentator", "observer", "expert",
        "economist", "fellow", "specialist", "blogger", "columnist", "pundit", "critic",
    ];

    private static readonly HashSet<string> Modifiers =
        ["the", "a", "an", "some", "many", "most", "several", "other", "western", "independent", "military", "political", "legal", "local", "foreign", "leading"];

    /// <summary>
    /// "Thousands gathered in central Cairo, chanting that the islands were not for sale", "critics said Britain should never
    /// hand over the islands", "analysts say Russia will never give up Crimea": words of a crowd or a commentator are news,
    /// not a state's position, whichever state they name or the story was just about.
    /// </summary>
    private static bool CrowdSpeaks(Reading r, int at, bool verbal)
    {
        var subject = at - 1;
        while (subject >= 0 && r.Tokens[subject].Lower is "also" or "again" or "repeatedly" or "have" or "had" or "were" or "reportedly") subject--;
        if (verbal && subject >= 0 && NoStateVoices.Contains(r.Tokens[subject].Lower) && r.MentionAt(subject) is not { ActorCode: not null }) return true;
        if (verbal && DescribedAsCommentator(r, at)) return true;
        // The sentence's own subject, when the words follow it: "Critics of the deal said ...", "Thousands gathered ..., chanting that ...".
        var k = 0;
        while (k < Math.Min(at, 4) && Modifiers.Contains(r.Tokens[k].Lower)) k++;
        // "Dozens of countries said ..." are states, not a crowd.
        if (k + 2 < r.Tokens.Count && r.Tokens[k + 1].Lower == "of" && r.Tokens[k + 2].Lower is "countries" or "states" or "nations" or "governments") return false;
        return k < at && NoStateVoices.Contains(r.Tokens[k].Lower) && r.MentionAt(k) is not { ActorCode: not null };
    }

    /// <summary>
    /// "France, which holds the EU's rotating presidency, said on behalf of the bloc": whom the speaker speaks for, when it
    /// is not its own state. "The bloc" and "the union" are the EU, "the alliance" NATO.
    /// </summary>
    private static string? Principal(Reading r, int? verb)
    {
        if (verb is not { } v) return null;
        for (var k = v + 1; k + 3 < r.Tokens.Count && k - v <= 6; k++)
        {
            if (r.InQuote(k) || r.Tokens[k].Lower is "that" or "," or ";") return null;
            var opens = r.Tokens[k].Lower == "on" && r.Tokens[k + 1].Lower == "behalf" && r.Tokens[k + 2].Lower == "of" ? k + 3
                : r.Tokens[k].Lower == "in" && r.Tokens[k + 1].Lower == "the" && r.Tokens[k + 2].Lower == "name" && r.Tokens[k + 3].Lower == "of" ? k + 4
                : -1;
            if (opens < 0 || opens >= r.Tokens.Count) continue;
            if (r.MentionAt(opens) is { ActorCode: { } named } mention && r.ActsAsActor(mention)) return named;
            var word = opens + 1 < r.Tokens.Count && r.Tokens[opens].Lower == "the" ? r.Tokens[opens + 1].Lower : null;
            return word switch
            {
                "bloc" or "union" => "EU",
                "alliance" => "NATO",
                _ => null,
            };
        }
        return null;
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
    private List<string> By(Reading r, int end, Context context, DateOnly on)
    {
        // "described as illegal and void by Germany's foreign minister": the agent a few words on.
        for (var k = end; k < Math.Min(r.Tokens.Count, end + 3) && r.Tokens[k].Lower is "and" or "or" or "void" or "null" or "invalid" or "illegitimate" or "unlawful"; k++)
            end = k + 1;
        // "London's refusal ... was restated on Tuesday by the foreign secretary": a passive verb of speech between.
        if (end < r.Tokens.Count && r.Tokens[end].Lower is "was" or "were" or "has" or "have" or "had" or "is" or "are")
        {
            var k = end;
            while (k < r.Tokens.Count && k - end < 3 && r.Tokens[k].Lower is "was" or "were" or "has" or "have" or "had" or "is" or "are" or "been" or "again" or "also") k++;
            if (k < r.Tokens.Count && PassiveSpeech.Contains(r.Tokens[k].Lower))
            {
                k++;
                while (k < r.Tokens.Count && k - end < 10 && r.Tokens[k].Lower != "by" && (r.Tokens[k].Lower is "on" or "in" or "at" or "again" || r.Dates.Any(d => d.Token <= k && k < d.Token + 3))) k++;
                if (k < r.Tokens.Count && r.Tokens[k].Lower == "by") end = k;
            }
        }
        if (end >= r.Tokens.Count || r.Tokens[end].Lower != "by") return [];
        var (_, stop) = Clauses.Around(r, end, end + 1);
        // "by the United States, Britain and France": the clause runs on through a list of actors.
        stop = Clauses.ThroughList(r, stop, comma => r.MentionAt(comma + 1) is { ActorCode: not null } ? comma + 1 : null);
        var named = r.Mentions.Where(m => m.First > end && m.First < stop && m.ActorCode is not null && !m.Is(MentionKind.Territory))
            .Select(m => m.ActorCode!).Distinct().ToList();
        if (named.Count > 0) return named;
        // "was reaffirmed by President Tayyip Erdogan": a person or office, for the state they speak for.
        var person = r.Mentions.FirstOrDefault(m => m.First == end + 1 && (m.Is(MentionKind.Person) || m.Is(MentionKind.Role)));
        return person is not null && attribution.Of(r, person, context, on) is { Actor: { } actor } ? [actor] : [];
    }

    /// <summary>"China and Russia said Taiwan was ...", "Britain, France and Germany said ...": states that speak together.</summary>
    private static List<string> SpeakingTogether(Reading r, int? verb, int cue)
    {
        if (verb is not { } v || v > cue || v == 0 || r.InQuote(cue)) return [];
        var last = r.MentionAt(v - 1);
        if (last is null || !r.ActsAsActor(last) || last.End != v) return [];
        var actors = new List<string> { last.ActorCode! };
        var at = last.First;
        while (at >= 2 && r.Tokens[at - 1].Lower is "," or "and" && r.MentionAt(at - 2) is { } before && r.ActsAsActor(before) && before.End == at - 1)
        {
            actors.Insert(0, before.ActorCode!);
            at = before.First;
        }
        // The list must open its clause: "..., a day after Japan and China said" is someone else's report.
        if (at > 0 && r.Tokens[at - 1].Lower is not ("," or "that" or "the" or "both") && !(at == 1 && r.Tokens[0].Lower is "the" or "both")) return [];
        return actors.Count > 1 ? actors.Distinct().ToList() : [];
    }

    /// <summary>
    /// "Lithuania, Latvia and Estonia said they would never recognise ...": between the states that speak together and their
    /// words, only "they" or "we", no other state, person or office that could hold the stance instead.
    /// </summary>
    private static bool NoOtherHolder(Reading r, int? verb, int cue) =>
        verb is { } v && v < cue
        && !r.Mentions.Any(m => m.First > v && m.End <= cue && !m.Is(MentionKind.Pronoun) && (r.ActsAsActor(m) || m.Is(MentionKind.Person) || m.Is(MentionKind.Role)));

    private static readonly HashSet<string> PassiveSpeech =
        ["restated", "reiterated", "repeated", "reaffirmed", "stated", "voiced", "expressed", "set out", "underlined", "stressed", "made"];

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
                                                    && (!Attribution.AfterPreposition(r, m) || GovernmentOf(r, m)) && !Modifier(r, m)
                                                    && (m.Is(MentionKind.Person) || m.Is(MentionKind.Role) || m.Is(MentionKind.Pronoun)
                                                        || r.ActsAsActor(m)));
        return mention is null ? null : attribution.Of(r, mention, context, on);
    }

    private static readonly HashSet<string> AcceptingVerbs =
        ["accept", "accepts", "accepted", "recognise", "recognises", "recognised", "recognize", "recognizes", "recognized",
         "acknowledge", "acknowledges", "acknowledged", "agree", "agrees", "agreed", "affirm", "affirms", "affirmed"];

    /// <summary>The state a quotation names just before "accepts that", "recognises that" ahead of the cue, if any.</summary>
    private static string? Accepting(Reading r, int cue)
    {
        var quote = r.QuoteOf[cue];
        for (var i = cue - 1; i > 0 && r.QuoteOf[i] == quote; i--)
        {
            if (r.Tokens[i].Lower != "that") continue;
            for (var v = i - 1; v >= Math.Max(1, i - 8) && r.QuoteOf[v] == quote; v--)
            {
                if (!AcceptingVerbs.Contains(r.Tokens[v].Lower)) continue;
                for (var k = v - 1; k >= Math.Max(0, v - 4) && r.QuoteOf[k] == quote; k--)
                    if (r.MentionAt(k) is { ActorCode: { } actor } m && r.ActsAsActor(m) && !Possessor(r, m)) return actor;
                return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>Whether a person may speak for the state: same state, or a state the gazetteer does not tie them to.</summary>
    private static bool Known(Speaker person, string actor) => person.Actor is null || person.Actor == actor;

    /// <summary>"the government of Bashar al-Assad recognised ...": the one whose government it is acts through it.</summary>
    private static bool GovernmentOf(Reading r, Mention m) =>
        m.First >= 2 && r.Tokens[m.First - 1].Lower == "of" && r.Tokens[m.First - 2].Lower is "government" or "regime" or "administration" or "cabinet";

    /// <summary>"Ukraine talks", "the Russia-Ukraine war": a name describing a noun is not the one taking a stance.</summary>
    private static bool Modifier(Reading r, Mention m) =>
        m.End < r.Tokens.Count && TopicNouns.Contains(r.Tokens[m.End].Lower);

    private static readonly HashSet<string> TopicNouns =
        ["talks", "conflict", "war", "crisis", "issue", "question", "dispute", "negotiations", "meeting", "summit", "deal", "border", "policy", "-",
            // "five EU member states have not recognised Kosovo": some of the bloc's members, not the bloc.
            "member", "members"];

    /// <summary>"accused China of", "called on Tokyo to": the one addressed is not the one taking the stance.</summary>
    private static bool Addressed(Reading r, Mention m) =>
        m.First > 0 && r.SpeechVerbs.Any(v => v.End == m.First && r.Tokens[v.First].Lower is "accused" or "accuses" or "called" or "calls" or "urged" or "urges" or "told" or "tells")
        // "Seoul summoned a Japanese diplomat to protest ...": the one summoned is not the one protesting.
        || (m.First > 0 && r.Tokens.Take(m.First).TakeLast(3).Any(t => t.Lower is "summoned" or "summons" or "summoning" or "summon"));

    /// <summary>"Britain's sovereignty over ...", "Pakistan's position": a possessor whose own stance the noun is.</summary>
    private static bool OwnsPosition(Reading r, Mention m) =>
        m.End + 1 < r.Tokens.Count && r.Tokens[m.End + 1].Lower is "sovereignty" or "claim" or "claims" or "position" or "stance" or "policy" or "government" or "rights";

    private static bool Possessor(Reading r, Mention m) =>
        m.End + 1 < r.Tokens.Count && r.Tokens[m.End].Lower == "'s" && r.MentionAt(m.End + 1)?.Is(MentionKind.Role) != true;
}
