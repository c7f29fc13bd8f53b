using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Rules;

/// <summary>
/// Turns what each sentence yielded into the article's events: one event per statement or fact however
/// often the article repeats it, the lead's unattributed summary folded into the named speaker's words,
/// and readings that contradict what the gazetteer knows about a territory's claimants left out.
/// </summary>
public sealed class Consolidation(Gazetteer gazetteer)
{
    public IReadOnlyList<IDerivedEvent> Events(IReadOnlyList<StatementDraft> statements, IReadOnlyList<FactDraft> facts, Provenance article)
    {
        var kept = statements.Where(Plausible)
            .GroupBy(s => (s.Actor, s.Territory, s.Stance, s.Date, Speaker: s.Speaker?.Name is { } n ? Discourse.Speaker.Surname(n).ToLowerInvariant() : ""))
            .Select(g => g.OrderByDescending(s => s.Quote is not null).ThenByDescending(s => s.Confidence).ThenBy(s => s.Sentence.Start).First())
            .ToList();
        kept = kept.Where(s => !Summarised(s, kept)).ToList();
        var named = kept.Where(s => s.Speaker is not null).Select(s => (s.Actor, s.Territory, s.Stance, s.Date)).ToHashSet();
        kept = kept.Where(s => s.Speaker is not null || !named.Contains((s.Actor, s.Territory, s.Stance, s.Date))).ToList();

        var events = kept.Select(s => ((int Start, IDerivedEvent Event))(s.Sentence.Start, new StatementMade(s.Actor, s.Speaker?.Name, s.Speaker?.Role,
                s.Territory, s.Stance, s.Quote, s.Date, article with
                {
                    Evidence = new TextEvidence(s.Sentence.Start, s.Sentence.Length, s.QuoteSpan?.Start, s.QuoteSpan?.Length, s.Confidence, s.Rule),
                })))
            .Concat(Merged(facts).Select(f => (f.Sentence.Start, f.Event)));
        return events.OrderBy(e => e.Item1).Select(e => e.Item2).ToList();
    }

    /// <summary>
    /// "Zelensky has ruled out such a withdrawal. 'We will not leave Donbas,' he said.": a speaker's stance in words of the
    /// paper, whose territory the story around it supplied, told again at once in words that name the territory, is about
    /// what those words name.
    /// </summary>
    private static bool Summarised(StatementDraft s, IReadOnlyList<StatementDraft> all) =>
        !s.TerritoryNamed && s.Quote is null && s.Speaker?.Name is { } name && all.Any(o => o.TerritoryNamed && o.Actor == s.Actor && o.Stance == s.Stance
            && o.Speaker?.Name is { } other && Discourse.Speaker.Surname(other) == Discourse.Speaker.Surname(name)
            && o.SentenceIndex > s.SentenceIndex && o.SentenceIndex - s.SentenceIndex <= 2);

    /// <summary>
    /// The side holding a territory does not concede it, and one holding it against the
    /// recognised owner does not call its own annexation illegal; a non-claimant does not claim.
    /// </summary>
    private bool Plausible(StatementDraft s)
    {
        var territory = gazetteer.TerritoryById(s.Territory);
        if (territory is null) return false;
        var holds = territory.Holder == s.Actor;
        return s.Stance switch
        {
            Stance.ConcedesControl => !holds,
            Stance.RejectsAnnexation => !(holds && territory.RecognizedAs is not null && territory.RecognizedAs != s.Actor),
            Stance.ClaimsSovereignty => territory.Claimants.Count == 0 || territory.Claimants.Contains(s.Actor),
            _ => true,
        };
    }

    /// <summary>Reports of one fact, in one article, at several precisions, are one fact dated by the most precise.</summary>
    private static IEnumerable<FactDraft> Merged(IReadOnlyList<FactDraft> facts)
    {
        var merged = new List<FactDraft>();
        var byKind = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var kind = Kind(fact.Event);
            if (!byKind.TryGetValue(kind, out var candidates)) byKind[kind] = candidates = [];
            var same = candidates.FindIndex(i => SameFact(merged[i].Event, fact.Event));
            if (same >= 0)
            {
                merged[candidates[same]] = Better(merged[candidates[same]], fact);
                continue;
            }
            candidates.Add(merged.Count);
            merged.Add(fact);
        }
        return merged;
    }

    /// <summary>Only facts of one type about one territory or target can be the same fact.</summary>
    private static string Kind(IDerivedEvent e) => e switch
    {
        TalksHeld t => $"talks:{string.Join(',', t.Parties.Order(StringComparer.Ordinal))}",
        SanctionsImposed s => $"sanctions:{s.Against}",
        _ => $"{e.GetType().Name}:{Reextraction.TerritoryOf(e)}",
    };

    private static bool SameFact(IDerivedEvent a, IDerivedEvent b) => a.Date.AgreesWith(b.Date) && (a, b) switch
    {
        (TerritoryAnnexed x, TerritoryAnnexed y) => x.By == y.By && x.Territory == y.Territory,
        (ReferendumHeld x, ReferendumHeld y) => x.Territory == y.Territory,
        (TalksHeld x, TalksHeld y) => x.Parties.Order().SequenceEqual(y.Parties.Order()) && (x.Location is null || y.Location is null || x.Location == y.Location),
        (SanctionsImposed x, SanctionsImposed y) => x.Against == y.Against && x.By.Intersect(y.By).Any(),
        (ControlReported x, ControlReported y) => x.Territory == y.Territory && x.Controller == y.Controller && x.Extent == y.Extent,
        _ => false,
    };

    /// <summary>The earlier report stands, with the most precise date and the details either gave.</summary>
    private static FactDraft Better(FactDraft kept, FactDraft other)
    {
        var date = other.Event.Date.Precision > kept.Event.Date.Precision ? other.Event.Date : kept.Event.Date;
        IDerivedEvent e = (kept.Event, other.Event) switch
        {
            (TerritoryAnnexed k, _) => k with { Date = date },
            (ReferendumHeld k, ReferendumHeld o) => k with { Date = date, Result = k.Result ?? o.Result },
            (TalksHeld k, TalksHeld o) => k with { Date = date, Location = k.Location ?? o.Location },
            (SanctionsImposed k, SanctionsImposed o) => k with { Date = date, By = k.By.Union(o.By).ToList() },
            (ControlReported k, _) => k with { Date = date },
            _ => kept.Event,
        };
        return kept with { Event = e, Confidence = Math.Max(kept.Confidence, other.Confidence) };
    }
}
