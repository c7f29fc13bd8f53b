using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Discourse;

/// <summary>
/// Who says what: finds the words that name a speaker beside a verb of speech ("Kremlin spokesman Dmitry
/// Peskov told", "said Foreign Minister Ana Ruiz", "he added", "Putin's spokesman says", "Ukraine says")
/// and resolves them to a person, an office and the actor they speak for.
/// </summary>
public sealed class Attribution(Gazetteer gazetteer)
{
    /// <summary>Offices that sit abroad: "the Chinese embassy in Manila" speaks for China, not for the capital it is in.</summary>
    private static readonly HashSet<string> Abroad = ["embassy", "consulate", "ambassador", "envoy", "mission", "delegation"];

    private static readonly HashSet<string> Bodies = ["government", "authorities", "leadership", "cabinet", "presidency", "administration", "parliament"];

    private static readonly HashSet<string> Skippable =
    [
        ",", "also", "earlier", "later", "again", "repeatedly", "reportedly", "publicly", "on", "late", "early", "this",
        "last", "morning", "evening", "afternoon", "night", "has", "have", "had", "was", "were", "is", "are", "would",
        "then", "separately", "previously", "once", "already", "firmly", "flatly", "had", "been", "further", "simply",
    ];

    private static readonly HashSet<string> Subordinators = ["that", "which", "who", "whom", "because", "while", "when", "if", "as", ";", ":"];

    private readonly ILookup<string, (Person Person, PersonRole Role)> _officesByActor =
        gazetteer.People.SelectMany(p => p.Roles.Select(r => (p, r))).ToLookup(o => o.r.Actor);

    /// <summary>The speaker of the verb of speech at a token: the words before it, else the words after it.</summary>
    public Speaker? AtVerb(Reading r, int verb, Context context, DateOnly on) =>
        // "..., said Zhu Fenglian, spokeswoman for ...": after a comma, the speaker named right after the verb is the one speaking.
        (verb > 0 && r.Tokens[verb - 1].Lower == "," && r.Tokens[verb].Lower is "said" or "says" or "added" or "adds"
         && Right(r, verb, context, on) is { } named && (named.IsPerson || named.Role is not null) ? named : null)
        ?? Left(r, verb, context, on) ?? Right(r, verb, context, on);

    /// <summary>Who a clause is about when no one is said to speak: the first person, office or actor in it.</summary>
    public Speaker? Subject(Reading r, int before, Context context, DateOnly on)
    {
        var start = ClauseStart(r, before);
        var first = r.Mentions.FirstOrDefault(m => m.First >= start && m.End <= before && !r.InQuote(m.First) && IsSpeakerLike(r, m) && !AfterBy(r, m)
                                                   && !AfterPreposition(r, m));
        return first is null ? null : Resolve(r, ChainAround(r, first), context, on);
    }

    /// <summary>
    /// "Pakistan rejected a ruling that upheld New Delhi's decision, saying ...": the subject of the sentence's main clause,
    /// the first speaker named before any clause that begins inside it.
    /// </summary>
    private Speaker? MainSubject(Reading r, int before, Context context, DateOnly on)
    {
        var first = r.Mentions.FirstOrDefault(m => m.End <= before && !r.InQuote(m.First) && IsSpeakerLike(r, m) && !AfterBy(r, m) && !AfterPreposition(r, m));
        if (first is null || r.Tokens.Take(first.First).Any(t => Subordinators.Contains(t.Lower) || t.Kind == TokenKind.QuoteMark)) return null;
        return Resolve(r, ChainAround(r, first), context, on);
    }

    /// <summary>The speaker a mention names, read together with the mentions beside it.</summary>
    public Speaker? Of(Reading r, Mention mention, Context context, DateOnly on) => Resolve(r, ChainAround(r, mention), context, on);

    private Speaker? Left(Reading r, int verb, Context context, DateOnly on)
    {
        // "Russia rejected the calls, saying ...": a participle after a comma shares the clause's subject, and so
        // does a second verb joined to the first ("Pompeo wrote ... and called on Moscow").
        if (verb > 0 && r.Tokens[verb].Lower.EndsWith("ing") && r.Tokens[verb - 1].Lower == ",")
            return MainSubject(r, verb, context, on) ?? Subject(r, verb, context, on);
        if (verb > 0 && r.Tokens[verb - 1].Lower is "and" or "but")
            return Subject(r, verb, context, on);
        if (Document(r, verb, context) is { } issuer) return issuer;
        // "Moldova's government said", "the government of Moldova said": a body of the state, for the state.
        var body = verb - 1;
        while (body > 0 && Skippable.Contains(r.Tokens[body].Lower) && r.Tokens[body].Lower != ",") body--;
        if (body >= 1 && Bodies.Contains(r.Tokens[body].Lower) && r.MentionAt(body) is null)
        {
            if (r.Tokens[body - 1].Lower == "'s" && r.MentionAt(body - 2) is { ActorCode: { } owner }) return Speaker.ForActor(owner);
            // "the Honduran government said": the state its adjective names.
            if (r.MentionAt(body - 1) is { ActorCode: { } described } adjective && adjective.End == body && !r.InQuote(adjective.First)) return Speaker.ForActor(described);
        }
        if (r.MentionAt(body) is { ActorCode: { } state } named && named.First >= 2 && r.Tokens[named.First - 1].Lower == "of"
            && Bodies.Contains(r.Tokens[named.First - 2].Lower) && r.MentionAt(named.First - 2) is null)
            return Speaker.ForActor(state);
        var apposition = false;
        for (int i = SkipRelativeClause(r, verb - 1), steps = 0; i >= 0 && steps < 7; i--, steps++)
        {
            var token = r.Tokens[i];
            if (token.Kind == TokenKind.QuoteMark) return null;
            var mention = r.MentionAt(i);
            if (mention is not null && IsSpeakerLike(r, mention) && !AfterPreposition(r, mention)) return Resolve(r, ChainAround(r, mention), context, on);
            // "the government in Chisinau said", "the foreign ministry in Pyongyang said": the office of the capital named.
            if (mention is { ActorCode: { } capital } && mention.First >= 2 && r.Tokens[mention.First - 1].Lower == "in")
            {
                var before = mention.First - 2;
                if (r.MentionAt(before) is { } office && office.Is(MentionKind.Role))
                {
                    var speaker = Resolve(r, ChainAround(r, office), context, on);
                    return speaker is { Actor: not null } || Abroad.Contains(Roles.Head(office.Of(MentionKind.Role)!.Role!)) ? speaker
                        : (speaker ?? Speaker.ForActor(capital)) with { Actor = capital };
                }
                var noun = r.Tokens[before].Lower;
                // "the Chinese embassy in Manila": the state named before the office abroad.
                if (Abroad.Contains(noun))
                    return r.MentionAt(before - 1) is { ActorCode: { } owner } ? Speaker.ForActor(owner) : null;
                if (Bodies.Contains(noun)) return Speaker.ForActor(capital);
            }
            if (r.Dates.Any(d => d.Token <= i && i < d.Token + 3)) continue;
            // "used an open letter to demand": the subject of an infinitive is the clause's.
            apposition |= token.Lower is "," or "to";
            if (!Skippable.Contains(token.Lower)) break;
        }
        // A long apposition ("Ana Ruiz, speaker of the assembly, the upper house, said") puts the subject far back;
        // without one, a common noun just before the verb is the subject ("the report noted", "analysts say"),
        // unless it closes a pair whose first is a speaker ("Kyiv and the West say").
        return apposition ? Subject(r, verb, context, on) : Coordinated(r, verb, context, on);
    }

    private static readonly HashSet<string> Documents = ["statement", "communique", "communiqué", "declaration", "readout", "release", "note", "letter"];

    /// <summary>"... the Taiwan Affairs Office said. 'Taiwan is part of China,' the statement said": whoever issued it just spoke.</summary>
    private static Speaker? Document(Reading r, int verb, Context context)
    {
        var k = verb - 1;
        if (k < 1 || !Documents.Contains(r.Tokens[k].Lower) || r.MentionAt(k) is not null
            || r.Tokens[k - 1].Lower is not ("the" or "its" or "their" or "this" or "that")) return null;
        return context.Voice is { } voice && voice.Sentence < r.Sentence.Index && r.Sentence.Index - voice.Sentence <= 3 ? voice.Speaker : null;
    }

    private Speaker? Coordinated(Reading r, int verb, Context context, DateOnly on)
    {
        var start = ClauseStart(r, verb);
        var first = r.Mentions.FirstOrDefault(m => m.First >= start && m.First <= start + 1 && m.End < verb && IsSpeakerLike(r, m)
                                                   && r.Tokens[m.End].Lower == "and" && verb - m.End <= 5);
        return first is null ? null : Resolve(r, ChainAround(r, first), context, on);
    }

    /// <summary>"from Ukraine", "to Moscow": an object of a preposition is not the one speaking.</summary>
    public static bool AfterPreposition(Reading r, Mention m) =>
        m.First > 0 && r.Tokens[m.First - 1].Lower is "to" or "from" or "in" or "at" or "with" or "of" or "for" or "on" or "into" or "over"
            or "against" or "toward" or "towards" or "about" or "than" or "between" or "among" or "under" or "despite" or "without";

    /// <summary>"Algeria, which backs the Polisario Front, says": the speaker stands before the relative clause.</summary>
    private static int SkipRelativeClause(Reading r, int last)
    {
        if (last < 0 || r.Tokens[last].Lower != ",") return last;
        for (var i = last - 1; i > 0 && last - i <= 15; i--)
        {
            if (r.Tokens[i].Lower is "." or ";" || r.Tokens[i].Kind == TokenKind.QuoteMark) break;
            if (r.Tokens[i].Lower is "which" or "who" or "whose" or "whom" && r.Tokens[i - 1].Lower == ",") return i - 2;
        }
        return last;
    }

    /// <summary>"..., said Foreign Minister Ana Ruiz": only after a quotation or a comma is the speaker named after the verb.</summary>
    private Speaker? Right(Reading r, int verb, Context context, DateOnly on)
    {
        if (verb > 0 && r.Tokens[verb - 1].Kind != TokenKind.QuoteMark && r.Tokens[verb - 1].Lower != ",") return null;
        var first = r.Mentions.FirstOrDefault(m => m.First > verb && m.First <= verb + 3 && IsSpeakerLike(r, m) && !r.InQuote(m.First));
        return first is null ? null : Resolve(r, ChainAround(r, first), context, on);
    }

    private static bool IsSpeakerLike(Reading r, Mention m) =>
        m.Is(MentionKind.Person) || m.Is(MentionKind.Role) || m.Is(MentionKind.Pronoun) || r.ActsAsActor(m);

    private static bool AfterBy(Reading r, Mention m) => m.First > 0 && r.Tokens[m.First - 1].Lower == "by";

    private static int ClauseStart(Reading r, int before)
    {
        for (var i = before - 1; i > 0; i--)
        {
            if (r.Tokens[i].Kind == TokenKind.QuoteMark && r.InQuote(i - 1) != r.InQuote(before - 1)) return i + 1;
            if (Subordinators.Contains(r.Tokens[i].Lower)) return i + 1;
        }
        return 0;
    }

    /// <summary>
    /// The mentions that name one speaker together: "Russian" "Foreign Ministry spokeswoman" "Maria Zakharova",
    /// "Vladimir Putin" "'s" "spokesman", "Ana Ruiz" "," "the foreign minister".
    /// </summary>
    private static List<Mention> ChainAround(Reading r, Mention seed)
    {
        var chain = new List<Mention> { seed };
        var first = seed.First;
        while (true)
        {
            // "British Foreign Office minister": capitalised words the gazetteer does not know may stand between.
            var gap = 0;
            while (gap < 3 && first - gap - 1 >= 0 && r.Tokens[first - gap - 1].Capitalized && r.MentionAt(first - gap - 1) is null
                   && chain[0].Is(MentionKind.Role)) gap++;
            var reach = first - gap;
            // "the ministry's spokesman, Oleg Nikolenko,": a name set off after its office is one speaker with it.
            var previous = r.Mentions.LastOrDefault(m => m.End == reach || (m.End == reach - 1 && r.Tokens[reach - 1].Lower == "'s")
                                                         || (m.End == reach - 1 && r.Tokens[reach - 1].Lower == "," && m.Is(MentionKind.Role)
                                                             && chain.Count == 1 && seed.Is(MentionKind.Person)));
            // "Argentina's ambassador in London, Alicia Castro,": the office before the place it sits in.
            if (previous is null && chain.Count == 1 && seed.Is(MentionKind.Person) && reach >= 1 && r.Tokens[reach - 1].Lower == ","
                && r.Mentions.LastOrDefault(m => m.End == reach - 1) is { First: >= 2 } place && r.Tokens[place.First - 1].Lower == "in"
                && r.MentionAt(place.First - 2) is { } office && office.Is(MentionKind.Role))
                previous = office;
            if (previous is null || previous.Is(MentionKind.Pronoun) || (previous.Is(MentionKind.Territory) && !r.ActsAsActor(previous))) break;
            chain.Insert(0, previous);
            first = previous.First;
        }
        var end = seed.End;
        while (true)
        {
            var next = r.Mentions.FirstOrDefault(m => m.First == end || (m.First == end + 1 && r.Tokens[end].Lower is "," or "'s")
                                                      || (m.First == end + 2 && r.Tokens[end].Lower == "," && r.Tokens[end + 1].Lower == "the"));
            if (next is null || !(next.Is(MentionKind.Role) || next.Is(MentionKind.Person))) break;
            chain.Add(next);
            end = next.End;
        }
        return chain;
    }

    private Speaker? Resolve(Reading r, List<Mention> chain, Context context, DateOnly on)
    {
        var pronoun = chain.FirstOrDefault(m => m.Is(MentionKind.Pronoun));
        if (pronoun is not null)
        {
            var word = pronoun.Of(MentionKind.Pronoun)!.Role;
            // "Zelensky said afterwards he had explained ...": a person this sentence has just named as its subject, else the story's focus.
            if (word is "he" or "she")
                return !r.InQuote(pronoun.First)
                       && r.Mentions.FirstOrDefault(m => m.End <= pronoun.First && m.Is(MentionKind.Person) && !r.InQuote(m.First) && !AfterPreposition(r, m)) is { } named
                    ? Resolve(r, ChainAround(r, named), context, on) ?? context.LastPerson
                    : context.LastPerson;
            // "The EU said it supports ...": "it" is the actor this sentence began with, else the last one.
            var earlier = r.Mentions.FirstOrDefault(m => m.End <= pronoun.First && r.ActsAsActor(m) && !r.InQuote(m.First));
            return (earlier?.ActorCode ?? context.LastSubjectActor) is { } subject ? Speaker.ForActor(subject) : null;
        }

        var role = chain.LastOrDefault(m => m.Is(MentionKind.Role));
        var person = chain.LastOrDefault(m => m.Is(MentionKind.Person));
        // "Ukrainian opposition lawmaker Yulia Tymoshenko", "a former Indian army chief": no longer, or not, speaking for the state.
        if (role is not null && OutOfOffice(r, chain, role))
            return new Speaker(person?.Surface, null, null);
        var possessive = role is not null && role.First >= 2 && r.Tokens[role.First - 1].Lower == "'s"
                         && chain.Any(m => m.End == role.First - 1) && (person is null || person.End < role.First);
        if (possessive)
        {
            var owner = chain.Last(m => m.End == role!.First - 1);
            var ownerActor = owner.ActorCode ?? ActorOf(owner.Of(MentionKind.Person)?.Person, on);
            return Holder(role!.Of(MentionKind.Role)!.Role!, ownerActor, context, on);
        }

        var title = role?.Of(MentionKind.Role)!.Role;
        var actor = role?.Of(MentionKind.Role)!.Actor ?? ActorBefore(chain, role) ?? ActorAfterOf(r, role);
        // "its ambassador", "their foreign minister": the state the sentence or the article was just about.
        if (actor is null && role is not null && role.First > 0 && r.Tokens[role.First - 1].Lower is "its" or "their")
            actor = r.Mentions.FirstOrDefault(m => m.End <= role.First && r.ActsAsActor(m))?.ActorCode ?? context.LastSubjectActor;
        if (person is null)
        {
            // "his spokesman": the office of the person just named.
            if (title is not null && actor is null && role!.First > 0 && r.Tokens[role.First - 1].Lower is "his" or "her")
                actor = OwnerOfPronoun(r, role.First - 1, context, on);
            if (title is not null && actor is null && Roles.SpeaksOnlyForANamedState(title)) return null;
            if (title is not null) return Holder(title, actor ?? VoiceBefore(r, context), context, on);
            return chain.Select(m => m.ActorCode).FirstOrDefault(a => a is not null) is { } only ? Speaker.ForActor(only) : null;
        }

        var known = person.Of(MentionKind.Person)!.Person;
        var name = person.End - person.First >= 2 ? person.Surface : null;
        // A lone surname the gazetteer does not know ("Lin said") is someone named earlier, or no one we can tell.
        if (known is null && name is null && context.Recall(new Speaker(person.Surface, null, null)) is null) return null;
        var speaker = new Speaker(name ?? known?.Name ?? person.Surface, role?.Surface, actor ?? ActorOf(known, on), known);
        if (speaker.Actor is null && known is null && context.Recall(speaker) is null)
            speaker = speaker with { Actor = context.LastSubjectActor };
        var recalled = context.Recall(speaker);
        if (recalled is not null)
            speaker = speaker with
            {
                Name = name ?? recalled.Name,
                Role = speaker.Role ?? recalled.Role,
                Actor = speaker.Actor ?? recalled.Actor,
                Known = speaker.Known ?? recalled.Known,
            };
        return speaker with { Role = speaker.Role ?? speaker.Known?.RoleOn(on)?.Title };
    }

    /// <summary>
    /// "The Prime Minister said, urging Buenos Aires to respect the outcome. A Foreign Office spokesman added ...": an office
    /// with no country, right after someone spoke, is of that speaker's government, not of the last state named.
    /// </summary>
    private static string? VoiceBefore(Reading r, Context context) =>
        context.Voice is { } voice && voice.Sentence < r.Sentence.Index && r.Sentence.Index - voice.Sentence <= 1 ? voice.Speaker.Actor : null;

    /// <summary>
    /// The person holding an office: one named earlier in the article, or the gazetteer's holder that day.
    /// An office with no country ("a government spokesman") speaks for the state the article was just about.
    /// </summary>
    private Speaker Holder(string title, string? actor, Context context, DateOnly on)
    {
        var recalled = context.Recall(new Speaker(null, title, actor));
        if (recalled is not null) return recalled;
        if (actor is null) return new Speaker(null, title, context.LastSubjectActor);
        var holders = _officesByActor[actor]
            .Where(o => o.Role.HeldOn(on) && Roles.SameOffice(o.Role.Title, title))
            .Select(o => o.Person).Distinct().ToList();
        if (holders.Count != 1) return new Speaker(null, title, actor);
        // The name as this article spells it, when it has named the holder: "Aleksandar Vucic", not the gazetteer's "Vučić".
        var named = context.Recall(new Speaker(holders[0].Name, null, null))?.Name ?? holders[0].Name;
        return new Speaker(named, title, holders[0].RoleOn(on)?.Actor ?? actor, holders[0]);
    }

    private static readonly HashSet<string> OutOfOfficeWords = ["opposition", "former", "ex", "retired", "shadow", "dissident", "exiled"];

    private static bool OutOfOffice(Reading r, List<Mention> chain, Mention role)
    {
        if (role.Of(MentionKind.Role)!.Role is { } title
            && title.Split(' ', '-').Any(w => OutOfOfficeWords.Contains(w.ToLowerInvariant()))) return true;
        var first = chain[0].First;
        for (var i = role.First - 1; i >= 0 && i >= first - 2 && role.First - i <= 4; i--)
        {
            if (OutOfOfficeWords.Contains(r.Tokens[i].Lower)) return true;
            if (i < first && r.MentionAt(i) is null && r.Tokens[i].Lower is not ("-" or "a" or "an" or "the")) break;
        }
        return false;
    }

    private static string? ActorOf(Person? person, DateOnly on) => person?.RoleOn(on)?.Actor;

    private string? OwnerOfPronoun(Reading r, int pronoun, Context context, DateOnly on)
    {
        var person = r.Mentions.LastOrDefault(m => m.End <= pronoun && m.Is(MentionKind.Person));
        return person is not null ? Resolve(r, ChainAround(r, person), context, on)?.Actor : context.LastPerson?.Actor;
    }

    /// <summary>"British Foreign Office minister": the state named first in the chain before the office.</summary>
    private static string? ActorBefore(List<Mention> chain, Mention? role)
    {
        if (role is null) return null;
        for (var i = chain.IndexOf(role) - 1; i >= 0; i--)
            if (chain[i].ActorCode is { } actor) return actor;
        return null;
    }

    /// <summary>"the foreign minister of Ukraine", "a spokeswoman for Beijing's Taiwan Affairs Office".</summary>
    private static string? ActorAfterOf(Reading r, Mention? role)
    {
        if (role is null || role.End + 1 >= r.Tokens.Count || r.Tokens[role.End].Lower is not ("of" or "for")) return null;
        return r.MentionAt(role.End + 1)?.ActorCode ?? (role.End + 2 < r.Tokens.Count && r.Tokens[role.End + 1].Lower == "the"
            ? r.MentionAt(role.End + 2)?.ActorCode : null);
    }
}
