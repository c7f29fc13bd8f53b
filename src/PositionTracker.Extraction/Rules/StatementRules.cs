using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Reads stated positions: a stance cue ("non-negotiable", "return {T}"), checked for negation and hedging,
/// given to whoever holds it (the quoted speaker, or the actor nearest the cue, or the agent in "by X"),
/// applied to the territories in the sentence (or, when it names none, to those just discussed), and dated
/// by the words around the verb of speech, else by what the article said of that speaker, else by publication.
/// </summary>
public sealed class StatementRules(Attribution attribution)
{
    public List<StatementDraft> Read(Reading r, Context context, IReadOnlyList<TerritorySpot> spots)
    {
        var drafts = new List<StatementDraft>();
        var cues = r.Stances.Select(c => (c.First, c.End, Stances: (IReadOnlyList<Stance>)[c.Value.Stance], c.Value.Agent, Echo: false)).ToList();
        // "echoed the same stance": the stances just reported, now held by this sentence's subject too.
        if (r.Echoes.FirstOrDefault() is { End: > 0 } echo && context.LastStatement is { } last && r.Sentence.Index - last.Sentence <= 3)
            cues.Add((echo.First, echo.End, last.Stances, Agent.Near, true));

        foreach (var cue in cues)
        {
            if (Hedged(r, cue.First)) continue;
            var negated = Negated(r, cue.First, cue.End);
            var verb = GoverningVerb(r, cue.First);
            var on = DateAtVerb(r, verb) ?? context.Published.ToPartial();
            var reported = verb is null ? null : attribution.AtVerb(r, verb.Value, context, on.Start);
            var agents = By(r, cue.End);
            foreach (var stance in cue.Stances)
            {
                var flipped = negated ? Flip(stance) : stance;
                if (flipped is null) continue;
                var holders = agents.Count > 0
                    ? agents.Select(a => (Actor: (string?)a, Speaker: (Speaker?)null)).ToList()
                    : [Holder(r, cue.First, cue.Agent, cue.Echo, reported, context, on.Start)];
                var territories = cue.Echo && context.LastStatement is { } previous ? previous.Territories : TerritoriesFor(r, cue.First, spots, context);
                if (territories.Count == 0) continue;
                foreach (var (holderActor, speaker) in holders)
                {
                    // "... is part of Japan's territory," said an official we cannot place: whoever claims it so speaks for Japan.
                    var actor = holderActor ?? (flipped == Stance.ClaimsSovereignty ? Owner(r, cue.First, cue.End) : null);
                    if (actor is null) continue;
                    var final = Ownership(r, cue.First, cue.End, flipped.Value, actor);
                    var ownVerb = reported is null || reported.Actor == actor ? verb : null;
                    var date = StatementDate(r, ownVerb, cue.First, speaker, context, passive: agents.Count > 0);
                    var (quote, quoteSpan) = QuoteAt(r, cue.First);
                    var confidence = 0.5 + (speaker?.IsPerson == true ? 0.2 : 0) + (spots.Count > 0 ? 0.1 : 0) + (quote is not null ? 0.1 : 0);
                    drafts.AddRange(territories.Select(t => new StatementDraft(actor, speaker?.IsPerson == true ? speaker : null, final, t, date,
                        quote, r.Sentence.Span, quoteSpan, Math.Min(confidence, 0.95))));
                }
            }
        }
        return drafts;
    }

    private static bool Hedged(Reading r, int cue) =>
        r.Hedges.Any(h => h.End <= cue && cue - h.End <= 4 && SameClause(r, h.First, cue));

    /// <summary>A "not" or "never" just before the cue, unless another cue already used it ("never renounce its claims").</summary>
    private static bool Negated(Reading r, int cue, int cueEnd) =>
        r.Negations.Any(n => n.End <= cue && cue - n.End <= 2 && SameClause(r, n.First, cue)
                             && !r.Stances.Any(other => other.First != cue && other.First <= n.First && n.End <= other.End));

    private static bool SameClause(Reading r, int a, int b)
    {
        for (var i = Math.Min(a, b); i < Math.Max(a, b); i++)
            if (r.Tokens[i].Lower is "," or ";" || r.QuoteOf[i] != r.QuoteOf[b]) return false;
        return true;
    }

    /// <summary>A negated stance says the opposite in its dimension, or nothing at all.</summary>
    private static Stance? Flip(Stance stance) => stance switch
    {
        Stance.ClaimsSovereignty or Stance.RecognizesSovereignty => Stance.RejectsAnnexation,
        Stance.OpenToNegotiation or Stance.DemandsReturn or Stance.ProposesExchange => Stance.RejectsNegotiation,
        _ => null,
    };

    /// <summary>The verb of speech whose words the cue is: the one attributing its quotation, else the nearest before it.</summary>
    private static int? GoverningVerb(Reading r, int cue)
    {
        var quote = r.QuoteOf[cue];
        if (quote >= 0)
        {
            var (start, end) = QuoteTokens(r, quote);
            var after = r.SpeechVerbs.FirstOrDefault(v => v.First >= end && v.First - end <= 8 && !r.InQuote(v.First));
            if (after.End > 0) return after.First;
            var before = r.SpeechVerbs.LastOrDefault(v => v.End <= start && start - v.End <= 6 && !r.InQuote(v.First));
            if (before.End > 0) return before.First;
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
    private (string? Actor, Speaker? Speaker) Holder(Reading r, int first, Agent agent, bool echo, Speaker? reported,
        Context context, DateOnly on)
    {
        Speaker? holder;
        if (echo)
            holder = attribution.Subject(r, first + 1, context, on) ?? reported;
        else if (agent == Agent.Speaker || r.InQuote(first))
            holder = (r.InQuote(first) ? reported : reported ?? attribution.Subject(r, first, context, on)) ?? Near(r, first, context, on);
        else
            holder = Near(r, first, context, on) ?? reported;
        if (holder?.Actor is null) return (null, null);
        if (reported?.Actor == holder.Actor && reported.IsPerson && !holder.IsPerson) holder = reported;
        return (holder.Actor, holder);
    }

    /// <summary>The actors in "denounced as illegal by the United States and 100 countries in the UN General Assembly".</summary>
    private static List<string> By(Reading r, int end)
    {
        if (end >= r.Tokens.Count || r.Tokens[end].Lower != "by") return [];
        var (_, stop) = Clauses.Around(r, end, end + 1);
        return r.Mentions.Where(m => m.First > end && m.First < stop && m.ActorCode is not null && !m.Is(MentionKind.Territory))
            .Select(m => m.ActorCode!).Distinct().ToList();
    }

    /// <summary>
    /// The person, office or actor named closest before the cue, on the same side of any quotation mark;
    /// an owner ("Russia's parliament") is passed over, an office's owner ("Putin's spokesman") is not.
    /// </summary>
    private Speaker? Near(Reading r, int cue, Context context, DateOnly on)
    {
        var mention = r.Mentions.LastOrDefault(m => m.End <= cue && r.QuoteOf[m.First] == r.QuoteOf[cue] && !Possessor(r, m) && !Addressed(r, m)
                                                    && (m.Is(MentionKind.Person) || m.Is(MentionKind.Role) || m.Is(MentionKind.Pronoun)
                                                        || r.ActsAsActor(m)));
        return mention is null ? null : attribution.Of(r, mention, context, on);
    }

    /// <summary>"accused China of", "called on Tokyo to": the one addressed is not the one taking the stance.</summary>
    private static bool Addressed(Reading r, Mention m) =>
        m.First > 0 && r.SpeechVerbs.Any(v => v.End == m.First && r.Tokens[v.First].Lower is "accused" or "accuses" or "called" or "calls" or "urged" or "urges" or "told" or "tells");

    private static bool Possessor(Reading r, Mention m) =>
        m.End + 1 < r.Tokens.Count && r.Tokens[m.End].Lower == "'s" && r.MentionAt(m.End + 1)?.Is(MentionKind.Role) != true;

    /// <summary>"part of {A}": when the owner named is not the one speaking, the speaker recognises another's claim.</summary>
    private static Stance Ownership(Reading r, int first, int end, Stance stance, string actor)
    {
        if (stance != Stance.ClaimsSovereignty) return stance;
        var owner = Owner(r, first, end);
        return owner is null || owner == actor ? stance : Stance.RecognizesSovereignty;
    }

    private static string? Owner(Reading r, int first, int end) =>
        r.Mentions.FirstOrDefault(m => m.First >= first && m.End <= end && m.ActorCode is not null)?.ActorCode;

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
        return recent.Count > 0 ? recent : context.LastStatement is { } last && r.Sentence.Index - last.Sentence <= 2 ? last.Territories : [];
    }

    /// <summary>
    /// When it was said: by the words reporting the speech; else by what the article said of that speaker;
    /// else, for "denounced as illegal by X", by the date of the sentence; for a clause with a subject of its
    /// own ("referendums that Kyiv slammed as bogus"), only by a date in that clause; else on publication.
    /// </summary>
    private static PartialDate StatementDate(Reading r, int? verb, int cue, Speaker? speaker, Context context, bool passive)
    {
        if (verb is not null && DateAtVerb(r, verb) is { } said) return said;
        if (speaker is not null && context.DateOf(speaker) is { } known) return known;
        if (verb is null)
        {
            var (start, stop) = Clauses.Around(r, cue, cue + 1);
            var relative = start > 0 && r.Tokens[start - 1].Lower is "that" or "which" or "who" or "whom";
            var ownSubject = relative && r.Mentions.Any(m => m.First >= start && m.End <= cue && m.ActorCode is not null);
            var near = passive || !ownSubject ? NearestDate(r, cue) : NearestDate(r, cue, start, stop);
            if (near is not null) return near.Value;
        }
        return context.Published.ToPartial();
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
