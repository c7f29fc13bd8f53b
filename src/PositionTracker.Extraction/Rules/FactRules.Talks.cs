using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Dates;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Talks that took place: who met (the states of the people named, not the places, hosts or topics), where, how
/// (in person, by phone, by video) and when. A meeting only planned, wanted, refused or called off is not talks,
/// and "the talks" said again later is the same talks, not new ones.
/// </summary>
public sealed partial class FactRules
{
    private IEnumerable<FactDraft> Talks(Reading r, Context context, Provenance article)
    {
        var clauses = new HashSet<int>();
        foreach (var trigger in r.Talks)
        {
            // A stance's words are not talks; but a cue that is a stance only when negated ("met ... to discuss Greenland") leaves them talks.
            if (!Reported(r, trigger.First) || r.Stances.Any(c => c.First <= trigger.First && trigger.End <= c.End && c.Value.Rule.Stance is not null)) continue;
            if (Session(r, trigger.First, trigger.End) || Venue(r, trigger.First)) continue;
            if (r.Sentence.Index < context.Lead) continue; // a headline repeats, undated, what the story tells
            // "welcomed Erdogan to Athens" is a meeting; "welcomed the declaration" is not.
            if (trigger.Value.Cue is "welcomed" or "hosted" && r.MentionAt(trigger.End) is not { } guest) continue;
            var (start, stop) = Clauses.Around(r, trigger.First, trigger.End);
            start = ListStart(r, start);
            // "met U.S. envoy Keith Kellogg and British, French and German officials": the list of states runs on.
            stop = NextVerb(r, trigger.End, Clauses.ThroughList(r, stop, comma =>
                r.MentionAt(comma - 1) is { ActorCode: not null } && r.MentionAt(comma + 1) is { ActorCode: not null } next ? next.First : null));
            if (r.Negations.Any(n => n.First >= start && n.End <= trigger.First) || NotHeld(r, Math.Min(start, trigger.First - 3), stop, trigger.End)) continue;
            // "only after talks between the delegations had made progress", "unless talks resume": a condition, not talks held.
            if (Conditional(r, trigger.First) || NotOfficials(r, start, trigger.First)) continue;
            // "the summit that Japan hosts in Yokohama later this month": a day still to come.
            if (r.Dates.Any(d => d.Token >= start && d.Token < stop && (d.Date.Flags & DateFlags.Future) != 0)) continue;
            if (!clauses.Add(start)) continue;
            var dates = TalksDates(r, start, stop);
            if (dates.Count == 0 && Anaphoric(r, trigger.First)) continue;
            // "have held 21 rounds of talks since the 2020 clash": a tally of meetings over years, none of them the news.
            if (dates.Count == 0 && r.Dates.Any(d => d.Token > trigger.First && d.Token - trigger.End <= 6 && SinceDate(r, d))) continue;
            if (dates.Count == 0 && StatementRules.NearestDate(r, trigger.First, stop: r.Tokens.Count) is { } near && !Since(r, near)) dates.Add(near);
            var on = (dates.Count > 0 ? dates[0] : context.NewsDay).Start;
            var parties = Parties(r, start, stop, context, on);
            // "Sarkozy, who met Medvedev": the one the relative clause is about takes part too.
            if (start >= 2 && r.Tokens[start - 1].Lower == "who" && r.Tokens[start - 2].Lower == "," && r.MentionAt(start - 3) is { } antecedent
                && attribution.Of(r, antecedent, context, on)?.Actor is { } who && !parties.Contains(who))
                parties.Insert(0, who);
            if (parties.Count < 2) parties = Parties(r, 0, r.Tokens.Count, context, on, peopleOnly: true).Union(parties).ToList();
            // "The two leaders had also held a video summit": those of the talks just told, else the story's pair.
            if (parties.Count < 2 && TheTwo(r, start, stop))
                parties = context.LastTalksParties is { Count: 2 } recent && r.Sentence.Index - context.LastTalksSentence <= 2 ? [.. recent]
                    : context.Pair is { } pair ? [.. pair] : parties;
            if (parties.Count < 2 && context.LastTalksParties is { } last) parties = [.. last];
            if (parties.Count < 2) continue;
            context.LastTalksParties = parties;
            context.LastTalksSentence = r.Sentence.Index;
            var location = Location(r, start, stop, trigger.First);
            foreach (var date in dates.Count > 0 ? dates : [context.NewsDay])
                yield return Draft(new TalksHeld(parties, location, date, trigger.Value.Format, With(article, r, 0.7, "talks")), r, 0.7);
        }
    }

    /// <summary>"the two armies spoke by telephone", "the two sides met": the pair the story is about.</summary>
    private static bool TheTwo(Reading r, int start, int stop)
    {
        for (var i = Math.Max(1, start); i + 1 < stop; i++)
            if (r.Tokens[i].Lower == "two" && r.Tokens[i - 1].Lower == "the" && TwoNouns.Contains(r.Tokens[i + 1].Lower)) return true;
        return false;
    }

    private static readonly HashSet<string> TwoNouns =
        ["sides", "armies", "countries", "nations", "governments", "leaders", "presidents", "men", "delegations", "militaries", "ministers", "capitals", "neighbours", "neighbors", "states"];

    /// <summary>"met Erdogan in Ankara and called the Russian delegation decorative": a second verb starts what the meeting is not.</summary>
    private static int NextVerb(Reading r, int from, int stop)
    {
        for (var i = from; i + 1 < stop; i++)
            if (r.Tokens[i].Lower == "and" && r.MentionAt(i + 1) is null && r.Tokens[i + 1].Lower.EndsWith("ed")) return i;
        return stop;
    }

    /// <summary>"Britain, Spain and the EU reached ...": a clause that opens inside a list of states opens at the list.</summary>
    private static int ListStart(Reading r, int start)
    {
        while (start >= 2 && r.Tokens[start - 1].Lower == "," && r.MentionAt(start - 2) is { ActorCode: not null } before
               && (!Attribution.AfterPreposition(r, before) || (before.First > 1 && DelegationNouns.Contains(r.Tokens[before.First - 2].Lower)))
               && r.MentionAt(start) is { ActorCode: not null })
            start = before.First;
        return start;
    }

    /// <summary>
    /// The days of the talks in their clause: the first (talks over several days are dated by their start), or each
    /// of a list when the meetings were several ("met three times, on February 28 and on March 3 and 7").
    /// A "since" date says how long ago the last meeting was, not when this one was.
    /// </summary>
    private static List<PartialDate> TalksDates(Reading r, int start, int stop)
    {
        // "met three times in Belarus, on February 28 and on March 3 and 7": the list runs on past the comma.
        if (r.Tokens.Skip(start).Take(stop - start).Any(t => t.Lower == "times"))
            stop = r.Talks.FirstOrDefault(t => t.First >= stop).First is > 0 and var next ? next : r.Tokens.Count;
        var dates = r.Dates.Where(d => d.Token >= start && d.Token < stop && StatementRules.Usable(d.Date) && !r.InQuote(d.Token)
                                       && !SinceDate(r, d))
            .Select(d => d.Date.Date).ToList();
        var several = r.Tokens.Skip(start).Take(stop - start).Any(t => t.Lower == "times");
        if (!several) return dates.Take(1).Select(d => FirstDay(r, start, stop, d)).ToList();
        // "on March 3 and 7": a bare day after a dated one shares its month.
        for (var i = start + 2; i < stop; i++)
            if (r.Tokens[i].Kind == TokenKind.Number && int.TryParse(r.Tokens[i].Lower, out var day) && day is >= 1 and <= 31
                && r.Tokens[i - 1].Lower == "and" && !r.Dates.Any(d => d.Token == i)
                && r.Dates.LastOrDefault(d => d.Token < i - 1 && d.Token >= start && d.Date.Date.Precision == DatePrecision.Day).Date is { } before
                && day <= DateTime.DaysInMonth(before.Date.Year, before.Date.Month!.Value))
                dates.Add(PartialDate.OfDay(new DateOnly(before.Date.Year, before.Date.Month!.Value, day)));
        return dates.Distinct().ToList();
    }

    /// <summary>"Two days of talks ... ended on Monday": talks are dated by their first day.</summary>
    private static PartialDate FirstDay(Reading r, int start, int stop, PartialDate last)
    {
        if (last.Precision != DatePrecision.Day) return last;
        var ended = false;
        var days = 0;
        for (var i = start; i < stop; i++)
        {
            ended |= r.Tokens[i].Lower is "ended" or "concluded" or "wrapped" or "closed" or "finished";
            if (i + 2 < stop && r.Tokens[i + 1].Lower is "days" && r.Tokens[i + 2].Lower == "of") days = Count(r.Tokens[i].Lower);
            if (i + 2 < stop && r.Tokens[i + 1].Lower == "-" && r.Tokens[i + 2].Lower == "day") days = Count(r.Tokens[i].Lower);
        }
        return ended && days > 1 ? PartialDate.OfDay(last.Start.AddDays(1 - days)) : last;

        static int Count(string word) => word switch { "two" or "2" => 2, "three" or "3" => 3, "four" or "4" => 4, "five" or "5" => 5, _ => 0 };
    }

    /// <summary>
    /// "a meeting between Kan and Medvedev on the sidelines of the APEC summit": the summit is where the meeting is, and
    /// the meeting alone says whether talks were held.
    /// </summary>
    private static bool Venue(Reading r, int trigger)
    {
        for (var i = trigger - 1; i >= 1 && trigger - i <= 7; i--)
            if (r.Tokens[i].Lower == "of" && r.Tokens[i - 1].Lower is "sidelines" or "margins" or "sideline" or "margin") return true;
        return false;
    }

    private static readonly HashSet<string> Unofficial =
    [
        "business", "executives", "companies", "firms", "scientists", "scholars", "academics", "students", "athletes", "fans",
        "journalists", "activists", "clergy", "religious", "civil", "society", "veterans", "families", "relatives", "ngos", "farmers", "fishermen",
    ];

    /// <summary>"Business leaders from Greece and Turkey met in Istanbul": people who do not negotiate for their governments.</summary>
    private static bool NotOfficials(Reading r, int start, int trigger)
    {
        for (var i = start; i < trigger && i - start <= 3; i++)
            if (Unofficial.Contains(r.Tokens[i].Lower) && r.MentionAt(i) is null) return true;
        return false;
    }

    /// <summary>"the talks", "that meeting", with no day of their own: talks already told, told again.</summary>
    private static bool Anaphoric(Reading r, int trigger) =>
        trigger > 0 && r.Tokens[trigger - 1].Lower is "the" or "that" or "this" or "these" or "those" or "their" or "its" or "his" or "her";

    /// <summary>"a planned meeting", "called off", "did not take place", "no meeting": talks that were not held.</summary>
    private static bool NotHeld(Reading r, int start, int stop, int after)
    {
        // Near the words: "a planned meeting", "the talks were called off", not "met Erdogan ... after Putin declined to come";
        // the start reaches a few words before the cue, into "called for a face-to-face meeting".
        for (var i = Math.Max(Math.Max(0, start - 1), after - 11); i < Math.Min(stop, after + 5); i++)
        {
            if (NotHeldWords.Contains(r.Tokens[i].Lower)) return true;
            // "talks were put off", "the meeting was pushed back".
            if (i + 1 < r.Tokens.Count && r.Tokens[i].Lower is "put" or "pushed" or "ruled" or "scaled" && r.Tokens[i + 1].Lower is "off" or "back" or "out" or "down") return true;
            // "ahead of a summit", "before the talks": they are still to come.
            if (i < after && i + 1 < r.Tokens.Count && r.Tokens[i].Lower is "ahead" or "before" && r.Tokens[i + 1].Lower is "of" or "a" or "the") return true;
        }
        // "rejected any negotiations", "there were no talks": none held.
        if (after >= 2 && r.Tokens[after - 2].Lower is "any" or "no" && r.Talks.Any(t => t.End == after && t.First == after - 1)) return true;
        if (Predicated(r, after, stop)) return true;
        for (var i = after; i < r.Tokens.Count - 1; i++)
            if (r.Tokens[i].Lower is ";" || (r.Tokens[i].Lower is "not" or "n't" && r.Tokens[i + 1].Lower is "take" or "happen" or "materialise" or "materialize"))
                return r.Tokens[i].Lower != ";";
        return false;
    }

    /// <summary>
    /// "a meeting between Putin and Zelensky was possible", "talks are unlikely before May", "a call is in the works",
    /// "talks between Greece and Turkey were shelved":
    /// talks named as the subject of what may yet be, not of what happened.
    /// </summary>
    private static bool Predicated(Reading r, int after, int stop)
    {
        // "a meeting between Serbian and Kosovo negotiators scheduled for Thursday", "the talks between the two sides, postponed twice":
        // a participle after the talks and their parties, before any other verb.
        var first = r.Talks.FirstOrDefault(t => t.End == after).First;
        if (first > 0 && r.Tokens[first - 1].Lower is "a" or "an" or "the" or "any" or "new" or "fresh")
            for (var i = after; i < Math.Min(r.Tokens.Count, after + 10); i++)
            {
                var word = r.Tokens[i].Lower;
                if (word is ";" or "." or "that" or "which" or "who" or "met" or "held" or "took" or "ended" or "began") break;
                if (word.EndsWith("ed") && word != "called" && NotHeldWords.Contains(word)) return true;
            }
        // "lower-level talks cannot settle the question": talks as the subject of what may or may not be.
        for (var i = after; i < Math.Min(r.Tokens.Count, after + 2); i++)
            if (r.Tokens[i].Lower is "cannot" or "can" or "could" or "would" or "will" or "might" or "may" or "must" or "should") return true;
        for (var i = after; i + 1 < Math.Min(stop, after + 10); i++)
        {
            if (r.Tokens[i].Lower is "," or ";" or "." or "that" or "which" or "who") return false;
            if (r.Tokens[i].Lower is not ("is" or "was" or "were" or "are" or "be" or "remains" or "remained" or "seemed" or "seems" or "looked" or "looks")) continue;
            for (var j = i + 1; j < Math.Min(stop, i + 4); j++)
                if (Prospects.Contains(r.Tokens[j].Lower) || NotHeldWords.Contains(r.Tokens[j].Lower)) return true;
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> Prospects =
    [
        "possible", "likely", "unlikely", "impossible", "needed", "necessary", "premature", "unrealistic", "conceivable", "feasible",
        "envisaged", "envisioned", "mooted", "discussed", "considered", "sought", "desirable", "off", "pending", "uncertain", "doubtful",
        "works", "cards", "table", "agenda",
    ];

    /// <summary>
    /// "The U.N. Security Council met on Tuesday", "the EU's foreign affairs council meeting": a body sitting by itself, a
    /// session and not talks between governments, unless it met with someone.
    /// </summary>
    private static bool Session(Reading r, int first, int end)
    {
        // "a meeting of Moldova's Supreme Security Council": one state's body sitting, not talks between states.
        if (end < r.Tokens.Count && r.Tokens[end].Lower == "of"
            && r.Tokens.Skip(end + 1).Take(5).TakeWhile(t => t.Lower is not ("and" or "between" or "with" or ",")).Any(t => BodyNouns.Contains(t.Lower)))
            return true;
        if (first == 0 || !BodyNouns.Contains(r.Tokens[first - 1].Lower)) return false;
        for (var i = end; i < Math.Min(r.Tokens.Count, end + 3); i++)
            if (r.Tokens[i].Lower is "with" or "," or ";") return r.Tokens[i].Lower != "with";
        return !r.Tokens[end - 1].Lower.Equals("with");
    }

    private static readonly HashSet<string> BodyNouns =
    [
        "council", "assembly", "parliament", "committee", "cabinet", "commission", "board", "legislature", "senate", "congress",
        "duma", "knesset", "rada", "bundestag", "politburo", "court", "tribunal", "panel", "caucus", "conference",
    ];

    private static bool Since(Reading r, PartialDate date) =>
        r.Dates.Any(d => d.Date.Date == date && SinceDate(r, d));

    private static readonly HashSet<string> NotHeldWords =
    [
        "planned", "proposed", "possible", "cancel", "cancelled", "canceled", "postponed", "postpone", "suspended", "suspend", "halted",
        "called", "scrapped", "declined", "refused", "boycotted", "boycott", "wants", "sought", "seek", "seeks", "hoped", "hopes",
        "offered", "invited", "invitation", "prepared", "preparing", "scheduled", "expected", "due", "halts", "halt", "suspends",
        "hope", "would", "could", "might", "withdraw", "rejected", "rejects", "rejecting", "opposed", "opposes", "delayed", "deferred",
        "must", "should", "ought", "shelved", "rescheduled", "adjourned", "snubbed", "snub", "skipped", "skip", "shunned", "spurned", "shun", "dismissed", "conditional", "precondition", "preconditions", "urged", "urges", "demanded", "demands", "withdrawing", "withdrew", "quit", "quitting", "abandoned", "abandon",
        "suspending", "halting", "postponing", "cancelling", "canceling", "freezing", "froze", "frozen",
    ];

    /// <summary>
    /// The actors taking part: named states, the states of named people and offices, and "U.S. and Russian officials";
    /// not places ("in Moscow"), topics ("the Ukraine war"), hosts and mediators ("hosted by"), or those left out ("without Kyiv").
    /// </summary>
    private List<string> Parties(Reading r, int start, int stop, Context context, DateOnly on, bool peopleOnly = false)
    {
        var parties = new List<string>();
        foreach (var m in r.Mentions.Where(m => m.First >= start && m.End <= stop && !r.InQuote(m.First)))
        {
            if (peopleOnly && !m.Is(MentionKind.Person) && !m.Is(MentionKind.Role)) continue;
            // "delegations from Ukraine", "the leaders of Armenia and Azerbaijan": those who met, not where.
            if (m.First > 1 && r.Tokens[m.First - 1].Lower is "from" or "of" && DelegationNouns.Contains(r.Tokens[m.First - 2].Lower)) { }
            // "spoke to Zelensky" names a party; "flew to Moscow" a place.
            else if (m.First > 0 && r.Tokens[m.First - 1].Lower == "to" && (m.Is(MentionKind.Person) || m.Is(MentionKind.Role))) { }
            else if (m.First > 0 && PlaceWords.Contains(r.Tokens[m.First - 1].Lower)) continue;
            // "the fighting in eastern Ukraine", "to discuss Greenland": a place or a topic.
            if (m.First > 1 && r.Tokens[m.First - 1].Lower is "eastern" or "western" or "northern" or "southern" or "central"
                && PlaceWords.Contains(r.Tokens[m.First - 2].Lower) && !DelegationFollows(r, m.End)) continue;
            if (m.First > 0 && r.Tokens[m.First - 1].Lower is "discuss" or "discussed" or "discussing") continue;
            if (Hosting(r, m.End) || HostsTheTalks(r, m.End)) continue;
            if (m.End < r.Tokens.Count && (TopicNouns.Contains(r.Tokens[m.End].Lower) || (r.Tokens[m.End].Capitalized && r.MentionAt(m.End) is null))) continue;
            // "with U.S. mediators and U.N. hosts present": there, but not a side.
            if (m.End < r.Tokens.Count && r.Tokens[m.End].Lower is "mediator" or "mediators" or "host" or "hosts" or "observer" or "observers" or "facilitator" or "facilitators") continue;
            if (m.End + 1 < r.Tokens.Count && r.Tokens[m.End].Lower == "'s" && !OfficeFollows(r, m.End + 1)
                && !DelegationNouns.Contains(r.Tokens[m.End + 1].Lower) && !OfficeWords.Contains(r.Tokens[m.End + 1].Lower)) continue; // "Ukraine's losses", not "Ukraine's delegation"
            if (Excluded(r, m)) continue;
            // "Greenlandic officials", "Taiwanese negotiators": a territory's government named by its people at the table.
            var actor = m.Is(MentionKind.Territory) && !r.ActsAsActor(m) && !(m.Is(MentionKind.Actor) && DelegationFollows(r, m.End)) ? null
                : m.ActorCode ?? (m.Is(MentionKind.Person) || m.Is(MentionKind.Role) || m.Is(MentionKind.Pronoun) ? attribution.Of(r, m, context, on)?.Actor : null);
            if (actor is not null && !parties.Contains(actor)) parties.Add(actor);
        }
        return parties;
    }

    private static readonly HashSet<string> PlaceWords =
        ["in", "at", "to", "from", "near", "outside", "of", "without", "by", "via", "over", "about", "across", "against", "into", "through", "on", "under"];

    /// <summary>"in eastern Ukraine" is a place; "of eastern Ukrainian officials" still names people.</summary>
    private static bool DelegationFollows(Reading r, int end) =>
        end < r.Tokens.Count && (DelegationNouns.Contains(r.Tokens[end].Lower) || r.MentionAt(end) is { } next && (next.Is(MentionKind.Role) || next.Is(MentionKind.Person)));

    /// <summary>
    /// "Qatar hosted talks between Israel and Hamas", "Turkey brokered a meeting of the two delegations": the subject of a
    /// host's verb whose object is the talks, not a person ("Erdogan hosted Zelensky" is a meeting of the two).
    /// </summary>
    private static bool HostsTheTalks(Reading r, int end)
    {
        if (end >= r.Tokens.Count || !HostVerbs.Contains(r.Tokens[end].Lower)) return false;
        for (var i = end + 1; i < Math.Min(r.Tokens.Count, end + 7); i++)
        {
            if (r.Tokens[i].Lower is "," or ";" or "." or "in" or "on" or "at" or "with") return false;
            if (TalksNouns.Contains(r.Tokens[i].Lower)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> HostVerbs =
        ["hosted", "hosts", "brokered", "brokers", "mediated", "mediates", "convened", "convenes", "organised", "organized", "facilitated", "chaired", "sponsored"];

    private static readonly HashSet<string> TalksNouns =
        ["talks", "meeting", "meetings", "negotiations", "round", "summit", "consultations", "discussions", "delegations", "dialogue", "contacts"];

    /// <summary>"with Saudi officials acting as hosts", "Turkey, serving as mediator": there, but not a side.</summary>
    private static bool Hosting(Reading r, int end)
    {
        for (var i = end; i + 1 < Math.Min(r.Tokens.Count, end + 5); i++)
        {
            if (r.Tokens[i].Lower is "," or ";" or "and") return false;
            if (r.Tokens[i].Lower == "as" && r.Tokens[i + 1].Lower is "host" or "hosts" or "mediator" or "mediators" or "broker" or "facilitator" or "observer" or "observers" or "go-between"
                || (i + 2 < r.Tokens.Count && r.Tokens[i].Lower == "as" && r.Tokens[i + 1].Lower is "the" or "a" && r.Tokens[i + 2].Lower is "host" or "mediator" or "broker" or "facilitator"))
                return true;
        }
        return false;
    }

    /// <summary>"Thailand's acting premier Phumtham": an office or a person within two words of the possessive.</summary>
    private static bool OfficeFollows(Reading r, int at) =>
        r.MentionAt(at) is { } first && (first.Is(MentionKind.Role) || first.Is(MentionKind.Person))
        || (at + 1 < r.Tokens.Count && r.MentionAt(at + 1) is { } second && (second.Is(MentionKind.Role) || second.Is(MentionKind.Person)));

    /// <summary>"hosted by Emmanuel Macron", "brokered by", "to which Ukraine was not invited": there, but not negotiating.</summary>
    private static bool Excluded(Reading r, Mention m)
    {
        for (var i = m.First - 1; i >= Math.Max(0, m.First - 6); i--)
        {
            var word = r.Tokens[i].Lower;
            // "talks hosted by Anwar", "brokered by the EU": the host; but "Abe hosted Putin" is a meeting of the two.
            if (word is "hosted" or "brokered" or "mediated" or "chaired" or "welcomed" or "organised" or "organized" or "sponsored"
                && i + 1 < r.Tokens.Count && r.Tokens[i + 1].Lower == "by") return true;
            if (word is "," or ";" or "and") break;
        }
        for (var i = m.End; i < Math.Min(r.Tokens.Count, m.End + 4); i++)
        {
            if (r.Tokens[i].Lower is "not" or "n't" && i + 1 < r.Tokens.Count && r.Tokens[i + 1].Lower is "invited" or "present" or "take" or "attend") return true;
            if (r.Tokens[i].Lower is "," or ";") break;
        }
        return false;
    }

    /// <summary>"the Ukraine conflict" names a subject of the talks, and "the Finnish capital" a place, not a party to them.</summary>
    private static readonly HashSet<string> TopicNouns =
        ["conflict", "war", "crisis", "issue", "question", "dispute", "situation", "settlement", "border", "-", "capital", "city", "palace", "soil",
            "port", "resort", "town", "seaside", "coastal", "region", "province", "village", "enclave", "mediation", "auspices",
            "base", "headquarters", "compound", "building", "consulate", "embassy"];

    /// <summary>"Pakistan's army chief", "India's director general of military operations", "China's top diplomat": an office the lexicon does not name.</summary>
    private static readonly HashSet<string> OfficeWords =
        ["army", "military", "chief", "top", "deputy", "defence", "defense", "security", "intelligence", "national", "special", "senior",
            "commander", "commanders", "director", "general", "spokesman", "spokeswoman", "negotiator", "ambassador", "acting", "new", "veteran", "chief's"];

    private static readonly HashSet<string> DelegationNouns =
        ["delegation", "delegations", "officials", "envoys", "envoy", "leaders", "negotiators", "representatives", "diplomats", "ministers", "team",
            "teams", "presidents", "heads", "governments", "foreign"];


    /// <summary>Where talks took place: "in Istanbul", "in Saudi Arabia", or "the Istanbul talks".</summary>
    private static string? Location(Reading r, int start, int stop, int trigger)
    {
        for (var i = start; i < stop - 1; i++)
        {
            if (r.Tokens[i].Lower != "in" || !r.Tokens[i + 1].Capitalized || r.Dates.Any(d => d.Token == i || d.Token == i + 1)) continue;
            var end = i + 1;
            while (end < stop && r.Tokens[end].Capitalized) end++;
            return r.Surface(i + 1, end);
        }
        if (trigger > 0 && r.Tokens[trigger - 1].Capitalized && r.MentionAt(trigger - 1) is null && r.Tokens[trigger - 1].Lower != "the")
            return r.Surface(trigger - 1, trigger);
        // "In London, Sybiha met Kellogg": a place that opens the sentence.
        if (start > 2 && r.Tokens[0].Lower == "in" && r.Tokens[1].Capitalized && r.Tokens[2].Lower == ",") return r.Surface(1, 2);
        return null;
    }
}
