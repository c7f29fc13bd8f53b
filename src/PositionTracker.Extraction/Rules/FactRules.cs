using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Reads what happened, as opposed to what was said: annexations, referendums, talks, sanctions and who
/// controls what. Only what the article reports as having happened counts: nothing inside a quotation,
/// nothing announced for later ("will meet on Friday"), and a background fact keeps the date the article
/// gives it, not the day of publication.
/// </summary>
public sealed partial class FactRules(Gazetteer gazetteer, Attribution attribution)
{
    public List<FactDraft> Read(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Provenance article)
    {
        var facts = new List<FactDraft>();
        var annexing = new List<Found<Lexicon.AnnexationTrigger>>();
        facts.AddRange(Annexations(r, context, spots, article, annexing));
        facts.AddRange(Referendums(r, context, spots, article));
        facts.AddRange(Talks(r, context, article));
        facts.AddRange(Sanctions(r, context, article));
        facts.AddRange(TradeMeasures(r, context, article));
        facts.AddRange(Control(r, context, spots, article, annexing));
        facts.AddRange(UnderControl(r, context, spots, article));
        return facts;
    }

    private static FactDraft Draft(IDerivedEvent e, Reading r, double confidence) => new(e, r.Sentence.Span, confidence);

    private static Provenance With(Provenance article, Reading r, double confidence, string rule) =>
        article with { Evidence = new TextEvidence(r.Sentence.Span.Start, r.Sentence.Span.Length, null, null, confidence, rule) };

    private static bool Reported(Reading r, int first) =>
        !r.InQuote(first) && !Future(r, first) && !Hypothetical(r, first);

    /// <summary>"if Kyiv accepted Moscow's control", "could be returned": not something that happened.</summary>
    private static bool Hypothetical(Reading r, int at)
    {
        var (start, _) = Clauses.Around(r, at, at + 1);
        return r.Hedges.Any(h => h.First >= start - 1 && h.End <= at && at - h.End <= 6);
    }

    private static bool Future(Reading r, int at)
    {
        var (start, stop) = Clauses.Around(r, at, at + 1);
        return r.Futures.Any(f => f.First >= start && f.End <= at + 1 && at - f.End <= 4)
               || r.NotYet.Any(f => f.End <= at && at - f.End <= 3)
               || r.Dates.Any(d => d.Token >= start && d.Token < stop && (d.Date.Flags & Dates.DateFlags.Future) != 0);
    }

    /// <summary>"since 1713", "since a short war in 1992": how long a holding has lasted or talks have gone on, not when.</summary>
    internal static bool SinceDate(Reading r, (int Token, Dates.DateMention Date) d) =>
        r.Body.AsSpan(r.Sentence.Span.Start + d.Date.Start).StartsWith("since", StringComparison.OrdinalIgnoreCase)
        || r.Tokens.Skip(Math.Max(0, d.Token - 5)).Take(Math.Min(5, d.Token)).Any(t => t.Lower == "since");

    /// <summary>A new subject or a verb of speech starts another statement: "..., and Moscow says ...".</summary>
    private static bool EndsTheReach(Reading r, int i) =>
        r.Tokens[i].Lower is ";" or "." or "which" or "who" or "where" or "while" or "whereas" or "off" or "near" || r.SpeechVerbs.Any(v => v.First == i)
        // "Snake Island, a rocky outcrop off the Odesa region": an apposition describes, it adds no territory.
        || (r.Tokens[i].Lower == "," && i + 1 < r.Tokens.Count && r.Tokens[i + 1].Lower is "a" or "an")
        // "Itu Aba, the largest island in the Spratlys", "Kinmen, the closest of Taiwan's islands": so does a superlative one.
        || (r.Tokens[i].Lower == "," && i + 2 < r.Tokens.Count && r.Tokens[i + 1].Lower == "the"
            && (r.Tokens[i + 2].Lower is "only" or "main" or "sole" or "first" or "last" or "second" or "third" or "chief" or "principal"
                || (r.Tokens[i + 2].Lower.EndsWith("est") && r.Tokens[i + 2].Lower.Length > 4)))
        || (r.Tokens[i].Lower == "and" && i + 1 < r.Tokens.Count && r.MentionAt(i + 1) is { } m && (m.ActorCode is not null || m.Is(MentionKind.Person))
            && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m)));

    private static string? InTrigger(Reading r, int first, int end) =>
        r.Mentions.FirstOrDefault(m => m.First >= first && m.End <= end && m.ActorCode is not null)?.ActorCode;

    private static string? ByAfter(Reading r, int end) =>
        end + 1 < r.Tokens.Count && r.Tokens[end].Lower == "by" ? r.MentionAt(end + 1)?.ActorCode : null;

    private static string? FromAfter(Reading r, int end)
    {
        for (var i = end; i < Math.Min(r.Tokens.Count - 1, end + 6); i++)
            if (r.Tokens[i].Lower == "from" && r.MentionAt(i + 1) is { ActorCode: { } from } m && !m.Is(MentionKind.Territory)) return from;
        return null;
    }

    /// <summary>The actor doing it: the nearest actor, office or person before the verb in its clause, or "it" for the last one.</summary>
    private string? SubjectBefore(Reading r, int at, Context context)
    {
        var (start, _) = Clauses.Around(r, at, at + 1);
        for (var i = at - 1; i >= Math.Max(0, start - 1); i--)
        {
            var m = r.MentionAt(i);
            if (m is null) continue;
            if (m.Is(MentionKind.Pronoun))
            {
                // "Ukrainian troops were operating in Belgorod, and said they still held ...": "they" are the troops.
                var earlier = r.Mentions.FirstOrDefault(e => e.End <= m.First && !r.InQuote(e.First) && e.ActorCode is not null
                                                             && !Attribution.AfterPreposition(r, e) && !(e.Is(MentionKind.Territory) && !r.ActsAsActor(e)));
                if (earlier is not null && m.Of(MentionKind.Pronoun)!.Role is "it" or "they") return earlier.ActorCode;
                return m.Of(MentionKind.Pronoun)!.Role is "it" or "they" ? context.LastSubjectActor : context.LastPerson?.Actor;
            }
            // "Taiwan also governs the Kinmen islands": a territory that is also an actor acts when it opens the clause.
            if (!r.ActsAsActor(m) && m.Is(MentionKind.Territory))
            {
                if (m.ActorCode is { } self && (m.First == start || (m.First == start + 1 && r.Tokens[start].Lower == "the"))) return self;
                i = m.First;
                continue;
            }
            // "Israel captured the Golan from Syria in 1967 and annexed it": the one it was taken from is no subject.
            if (r.Tokens[Math.Max(0, m.First - 1)].Lower is "from" or "against" or "with" && m.First > 0) { i = m.First; continue; }
            var actor = m.ActorCode ?? attribution.Of(r, m, context, context.Published)?.Actor;
            if (actor is not null) return actor;
            i = m.First;
        }
        // "China, which holds Aksai Chin, objected": a relative clause's subject is the state it describes.
        return Described(r, start - 1) ?? SubjectAcrossRelative(r, start) ?? GovernmentOfTheStory(r, start, at, context);
    }

    /// <summary>The state a ", which" or ", who" at this word describes, if a state is named just before it.</summary>
    private static string? Described(Reading r, int which) =>
        which >= 2 && r.Tokens[which].Lower is "which" or "who" && r.Tokens[which - 1].Lower == ","
        && r.MentionAt(which - 2) is { ActorCode: { } described } m && !(m.Is(MentionKind.Territory) && !r.ActsAsActor(m))
            ? described
            : null;

    /// <summary>
    /// "Russia, which annexed Crimea in 2014, has held the peninsula since": the sentence's own subject, with a relative
    /// clause between it and its verb.
    /// </summary>
    private static string? SubjectAcrossRelative(Reading r, int start)
    {
        if (start < 4 || r.Tokens[start - 1].Lower != ",") return null;
        for (var k = start - 2; k >= 2; k--)
        {
            if (r.Tokens[k].Lower is "," or ";" or ":" or ".") return null;
            if (r.Tokens[k].Lower is "which" or "who" && r.Tokens[k - 1].Lower == ",")
                return r.MentionAt(k - 2) is { First: <= 1 } ? Described(r, k) : null;
        }
        return null;
    }

    /// <summary>
    /// "his administration imposed", "her government signed", "the administration announced": a government named by
    /// whose it is, the person or state the story was just about.
    /// </summary>
    private static string? GovernmentOfTheStory(Reading r, int start, int at, Context context)
    {
        for (var i = Math.Max(1, start); i < at; i++)
        {
            if (r.Tokens[i].Lower is not ("administration" or "government" or "cabinet") || r.MentionAt(i) is not null) continue;
            return r.Tokens[i - 1].Lower switch
            {
                "his" or "her" => context.LastPerson?.Actor,
                "its" or "their" => context.LastSubjectActor,
                "the" => context.LastPerson?.Actor ?? context.LastSubjectActor,
                _ => null,
            };
        }
        return null;
    }

    private static PartialDate? DateIn(Reading r, int start, int stop) => r.Dates
        .Where(d => d.Token >= start && d.Token < stop && StatementRules.Usable(d.Date) && !r.InQuote(d.Token))
        .Select(d => (PartialDate?)d.Date.Date).FirstOrDefault();
}
