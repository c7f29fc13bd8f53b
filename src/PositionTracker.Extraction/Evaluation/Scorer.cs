using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Evaluation;

public sealed record Score(int Matched, int Extracted, int Gold)
{
    public double Precision => Extracted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Extracted;
    public double Recall => Gold == 0 ? (Extracted == 0 ? 1 : 0) : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.Matched + b.Matched, a.Extracted + b.Extracted, a.Gold + b.Gold);

    public static readonly Score Zero = new(0, 0, 0);
}

/// <summary>
/// One article scored: what was matched, and what was missed or made up, so a developer can see why. Extracted
/// events excused by an optional one count neither way; each stance pairing feeds the confusion table.
/// </summary>
public sealed record ArticleScore(
    string Article,
    IReadOnlyDictionary<string, Score> ByType,
    IReadOnlyList<IDerivedEvent> Missed,
    IReadOnlyList<IDerivedEvent> Spurious,
    IReadOnlyList<(StatementMade Extracted, StatementMade Gold)> MatchedStatements)
{
    public IReadOnlyList<IDerivedEvent> Excused { get; init; } = [];

    /// <summary>(gold stance, extracted stance) for every statement: null on one side for a miss or a spurious one.</summary>
    public IReadOnlyList<(Stance? Gold, Stance? Extracted)> Stances { get; init; } = [];
}

/// <summary>
/// Scores extracted events against gold ones under the matching rule of ANNOTATION.md: same type and the
/// type's key fields, dates equal at the coarser precision, one-to-one within an article.
/// </summary>
public static class Scorer
{
    public static ArticleScore Article(string name, IReadOnlyList<IDerivedEvent> extracted, IReadOnlyList<IDerivedEvent> gold,
        IReadOnlyList<IDerivedEvent>? optional = null)
    {
        // Pairs whose speakers also agree are matched first, so that speaker accuracy is measured on the best pairing.
        var pairs = Match(extracted, gold, (e, g) => Matches(e, g) && SpeakersAgree(e, g), []);
        pairs = Match(extracted, gold, Matches, pairs);
        var unmatched = extracted.Where((_, i) => !pairs.ContainsKey(i)).ToList();
        var excusedPairs = Match(unmatched, optional ?? [], Matches, []);
        var excused = unmatched.Where((_, i) => excusedPairs.ContainsKey(i)).ToList();
        var spurious = unmatched.Where((_, i) => !excusedPairs.ContainsKey(i)).ToList();
        var missed = gold.Where((_, i) => !pairs.ContainsValue(i)).ToList();
        var matched = pairs.Select(p => (Extracted: extracted[p.Key], Gold: gold[p.Value])).ToList();

        var byType = extracted.Select(e => e.GetType().Name).Concat(gold.Select(g => g.GetType().Name)).Distinct()
            .ToDictionary(t => t, t => new Score(
                matched.Count(p => p.Extracted.GetType().Name == t),
                extracted.Count(e => e.GetType().Name == t) - excused.Count(e => e.GetType().Name == t),
                gold.Count(g => g.GetType().Name == t)));
        return new ArticleScore(name, byType, missed, spurious,
            matched.Where(p => p.Extracted is StatementMade).Select(p => ((StatementMade)p.Extracted, (StatementMade)p.Gold)).ToList())
        {
            Excused = excused,
            Stances = Confusions(matched, missed, spurious),
        };
    }

    /// <summary>
    /// Matched statements pair with themselves; a missed one pairs with a spurious one of the same actor, territory
    /// and date (the stance was misread), else with nothing; what spurious statements are left pair with nothing.
    /// </summary>
    private static List<(Stance?, Stance?)> Confusions(List<(IDerivedEvent Extracted, IDerivedEvent Gold)> matched,
        List<IDerivedEvent> missed, List<IDerivedEvent> spurious)
    {
        var pairs = matched.Select(p => p.Gold).OfType<StatementMade>().Select(g => ((Stance?)g.Stance, (Stance?)g.Stance)).ToList();
        var left = spurious.OfType<StatementMade>().ToList();
        foreach (var g in missed.OfType<StatementMade>())
        {
            var misread = left.FirstOrDefault(e => e.Actor == g.Actor && e.Territory == g.Territory && e.Date.AgreesWith(g.Date));
            if (misread is not null) left.Remove(misread);
            pairs.Add((g.Stance, misread?.Stance));
        }
        pairs.AddRange(left.Select(e => ((Stance?)null, (Stance?)e.Stance)));
        return pairs;
    }

    public static bool Matches(IDerivedEvent e, IDerivedEvent g) => e.Date.AgreesWith(g.Date) && (e, g) switch
    {
        (StatementMade x, StatementMade y) => x.Actor == y.Actor && x.Territory == y.Territory && x.Stance == y.Stance,
        (TerritoryAnnexed x, TerritoryAnnexed y) => x.By == y.By && x.Territory == y.Territory,
        (ReferendumHeld x, ReferendumHeld y) => x.Territory == y.Territory,
        (TalksHeld x, TalksHeld y) => x.Parties.ToHashSet().SetEquals(y.Parties),
        (SanctionsImposed x, SanctionsImposed y) => x.Against == y.Against && x.By.Intersect(y.By).Any(),
        (ControlReported x, ControlReported y) => x.Territory == y.Territory && x.Controller == y.Controller && x.Extent == y.Extent,
        _ => false,
    };

    /// <summary>Both unnamed, or the same surname (allowing for transliteration: "Tykhy" and "Tykhyi").</summary>
    public static bool SpeakersAgree(IDerivedEvent e, IDerivedEvent g)
    {
        if (e is not StatementMade x || g is not StatementMade y) return true;
        if (x.Speaker is null || y.Speaker is null) return x.Speaker is null && y.Speaker is null;
        var a = Surname(x.Speaker);
        var b = Surname(y.Speaker);
        return a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b) || b.StartsWith(a)));
    }

    private static string Surname(string name) =>
        new(Discourse.Speaker.Folded(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    /// <summary>A maximum one-to-one matching (augmenting paths), extending the pairs already made.</summary>
    private static Dictionary<int, int> Match(IReadOnlyList<IDerivedEvent> extracted, IReadOnlyList<IDerivedEvent> gold,
        Func<IDerivedEvent, IDerivedEvent, bool> fits, Dictionary<int, int> pairs)
    {
        var goldTaken = pairs.ToDictionary(p => p.Value, p => p.Key);
        for (var e = 0; e < extracted.Count; e++)
        {
            if (pairs.ContainsKey(e)) continue;
            Augment(e, new bool[gold.Count]);
        }
        return goldTaken.ToDictionary(p => p.Value, p => p.Key);

        bool Augment(int e, bool[] visited)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (visited[g] || !fits(extracted[e], gold[g])) continue;
                visited[g] = true;
                if (!goldTaken.TryGetValue(g, out var other) || (!pairs.ContainsKey(other) && Augment(other, visited)))
                {
                    goldTaken[g] = e;
                    return true;
                }
            }
            return false;
        }
    }
}
