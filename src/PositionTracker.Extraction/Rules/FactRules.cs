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
        facts.AddRange(Control(r, context, spots, article, annexing));
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

    private IEnumerable<FactDraft> Annexations(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Provenance article,
        List<Found<Lexicon.AnnexationTrigger>> annexing)
    {
        var lexicon = Lexicon.ExtractionLexicon.Default;
        foreach (var trigger in r.Annexations)
        {
            if (!Reported(r, trigger.First)) continue;
            if (trigger.Value.Verbal && Adjectival(r, trigger.First, trigger.End, lexicon)) continue;
            if (StatementRules.NearestDate(r, trigger.First) is not { } date) continue;
            var annexer = InTrigger(r, trigger.First, trigger.End) ?? ByAfter(r, trigger.End) ?? SubjectBefore(r, trigger.First, context);
            if (annexer is null) continue;
            var (start, stop) = Clauses.Around(r, trigger.First, trigger.End);
            var territories = spots.Where(s => s.First >= start && s.End <= stop).SelectMany(s => s.Territories).ToList();
            // "declared the annexation of four more regions: Donetsk, Luhansk, ..." lists them after a colon or dash.
            if (territories.Count == 0) territories = spots.Where(s => s.First >= trigger.End).SelectMany(s => s.Territories).ToList();
            if (territories.Count == 0 && spots.LastOrDefault(s => s.End <= trigger.First) is { Territories.Count: > 0 } before)
                territories = before.Territories.ToList();
            foreach (var id in territories.Distinct())
            {
                var territory = gazetteer.TerritoryById(id);
                if (territory is null || territory.RecognizedAs == annexer) continue;
                if (trigger.Value.ClaimantOnly && !territory.Claimants.Contains(annexer)) continue;
                var from = FromAfter(r, trigger.End) ?? territory.RecognizedAs ?? territory.Claimants.FirstOrDefault(c => c != annexer);
                if (from is null || from == annexer) continue;
                context.Annexed.Add(id);
                annexing.Add(trigger);
                yield return Draft(new TerritoryAnnexed(annexer, from, id, date, With(article, r, 0.8, "annexation")), r, 0.8);
            }
        }
    }

    /// <summary>"the annexed regions", "four annexed regions" describe, they do not report an annexation.</summary>
    private static bool Adjectival(Reading r, int first, int end, Lexicon.ExtractionLexicon lexicon) =>
        (end < r.Tokens.Count && lexicon.AnnexationNouns.Contains(r.Tokens[end].Lower))
        || (end < r.Tokens.Count - 1 && r.MentionAt(end)?.Is(MentionKind.Actor) == true && lexicon.AnnexationNouns.Contains(r.Tokens[r.MentionAt(end)!.End].Lower))
        || (first > 0 && lexicon.Determiners.Contains(r.Tokens[first - 1].Lower) && !r.Tokens[first - 1].Lower.EndsWith("ly"));

    private IEnumerable<FactDraft> Referendums(Reading r, Context context, IReadOnlyList<TerritorySpot> spots, Provenance article)
    {
        var seen = new HashSet<string>();
        foreach (var trigger in r.Referendums)
        {
            if (!Reported(r, trigger.First)) continue;
            if (StatementRules.NearestDate(r, trigger.First) is not { } date) continue;
            var result = Result(r, trigger.End);
            var named = TerritorySpots.Ids(spots.Where(s => !r.InQuote(s.First)));
            foreach (var id in named.Count > 0 ? named : context.Recent(r.Sentence.Index, r.Sentence.Paragraph, reach: 1))
                if (seen.Add(id))
                    yield return Draft(new ReferendumHeld(id, date, result, With(article, r, 0.75, "referendum")), r, 0.75);
        }
    }

    /// <summary>"... in which 96.8 percent of participants voted in favor": from the figure to the end of its clause.</summary>
    private static string? Result(Reading r, int after)
    {
        for (var i = after; i < r.Tokens.Count - 1; i++)
        {
            if (r.Tokens[i].Kind != TokenKind.Number || r.Tokens[i + 1].Lower is not ("percent" or "%" or "per")) continue;
            var end = i;
            while (end < r.Tokens.Count && r.Tokens[end].Lower is not ("," or ";" or ".")) end++;
            return r.Surface(i, end);
        }
        return null;
    }

    private IEnumerable<FactDraft> Sanctions(Reading r, Context context, Provenance article)
    {
        foreach (var trigger in r.Sanctions)
        {
            if (!Reported(r, trigger.First)) continue;
            var against = r.Mentions.FirstOrDefault(m => m.First >= trigger.First && m.First <= trigger.End + 2 && m.ActorCode is not null
                                                         && m.First > 0 && r.Tokens[m.First - 1].Lower is "against" or "on");
            if (against?.ActorCode is not { } target) continue;
            var (start, _) = Clauses.Around(r, trigger.First, trigger.End);
            var by = r.Mentions.Where(m => m.First >= start && m.End <= trigger.First && m.ActorCode is not null && m.ActorCode != target)
                .Select(m => m.ActorCode!).Distinct().ToList();
            if (by.Count == 0 && SubjectBefore(r, trigger.First, context) is { } subject && subject != target) by.Add(subject);
            if (by.Count == 0) continue;
            var date = StatementRules.NearestDate(r, trigger.First)
                       ?? (context.LastFactDate is { } last && r.Sentence.Index - last.Sentence <= 2 ? last.Date.Truncate(DatePrecision.Year) : (PartialDate?)null)
                       ?? PartialDate.OfDay(context.Published);
            yield return Draft(new SanctionsImposed(by, target, date, null, With(article, r, 0.7, "sanctions")), r, 0.7);
        }
    }

    /// <summary>A new subject or a verb of speech starts another statement: "..., and Moscow says ...".</summary>
    private static bool EndsTheReach(Reading r, int i) =>
        r.Tokens[i].Lower is ";" or "." or "which" or "who" or "where" or "while" or "whereas" || r.SpeechVerbs.Any(v => v.First == i)
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
            if (!r.ActsAsActor(m) && m.Is(MentionKind.Territory)) { i = m.First; continue; }
            var actor = m.ActorCode ?? attribution.Of(r, m, context, context.Published)?.Actor;
            if (actor is not null) return actor;
            i = m.First;
        }
        return null;
    }

    private static PartialDate? DateIn(Reading r, int start, int stop) => r.Dates
        .Where(d => d.Token >= start && d.Token < stop && StatementRules.Usable(d.Date) && !r.InQuote(d.Token))
        .Select(d => (PartialDate?)d.Date.Date).FirstOrDefault();
}
