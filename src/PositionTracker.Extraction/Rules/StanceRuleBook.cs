using System.Reflection;
using System.Text.Json;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Patterns;

namespace PositionTracker.Extraction.Rules;

/// <summary>A rule's pattern found in a sentence.</summary>
public sealed record RuleMatch(StanceRule Rule, PatternMatch Match);

/// <summary>
/// The stance rules (Rules/stances.json), compiled, and indexed by the words every match of each pattern must
/// hold, so that a sentence tries only the patterns whose words it has.
/// </summary>
public sealed class StanceRuleBook
{
    public IReadOnlyList<StanceRule> Rules { get; }

    private readonly Dictionary<string, List<int>> _byAnchor = new(StringComparer.Ordinal);
    private readonly List<(StanceRule Rule, Pattern Pattern)> _patterns = [];

    [ThreadStatic] private static HashSet<int>? _tried;
    [ThreadStatic] private static List<PatternMatch>? _matches;

    private static readonly Lazy<StanceRuleBook> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rules.stances.json")
            ?? throw new InvalidOperationException("Rules/stances.json is not embedded in the assembly");
        return Parse(stream);
    });

    public static StanceRuleBook Default => Embedded.Value;

    public StanceRuleBook(IReadOnlyList<StanceRule> rules)
    {
        Rules = rules;
        foreach (var rule in rules)
            foreach (var pattern in rule.Patterns)
            {
                foreach (var anchor in pattern.Anchors)
                {
                    if (!_byAnchor.TryGetValue(anchor, out var list)) _byAnchor[anchor] = list = [];
                    list.Add(_patterns.Count);
                }
                _patterns.Add((rule, pattern));
            }
    }

    /// <summary>
    /// Every rule's matches in the sentence, in reading order; a match inside a longer one of a rule about the same
    /// dimension is left out ("negotiable" inside "non-negotiable"). Matches about other dimensions are kept: whether
    /// one inside another is asserted ("never renounce its claims") or only named ("rejects Russia's claim") depends
    /// on what the outer one means.
    /// </summary>
    public List<RuleMatch> Find(IPatternTarget target)
    {
        var tried = _tried ??= [];
        tried.Clear();
        var matches = _matches ??= [];
        var found = new List<RuleMatch>();
        for (var i = 0; i < target.Count; i++)
        {
            if (!_byAnchor.TryGetValue(target.Word(i), out var candidates)) continue;
            foreach (var p in candidates)
            {
                if (!tried.Add(p)) continue;
                var (rule, pattern) = _patterns[p];
                matches.Clear();
                Matcher.All(pattern, target, matches);
                foreach (var match in matches) found.Add(new RuleMatch(rule, match));
            }
        }
        found.Sort((a, b) => (b.Match.End - b.Match.First).CompareTo(a.Match.End - a.Match.First));
        var kept = new List<RuleMatch>();
        foreach (var m in found)
            if (!kept.Any(k => Covers(k, m)))
                kept.Add(m);
        kept.Sort((a, b) => a.Match.First.CompareTo(b.Match.First));
        return kept;
    }

    // A would-be-state rule is checked against its territory only later, so it may not yet shadow another reading.
    private static bool Covers(RuleMatch outer, RuleMatch inner) =>
        !outer.Rule.WouldBeStates && outer.Match.First <= inner.Match.First && inner.Match.End <= outer.Match.End
        && (outer.Rule == inner.Rule || (Dimension(outer.Rule) is { } dimension && dimension == Dimension(inner.Rule)));

    private static Dimension? Dimension(StanceRule rule) => (rule.Stance ?? rule.Negated)?.DimensionOf();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static StanceRuleBook Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<RuleFile>(json, Json) ?? throw new InvalidOperationException("the stance rule file is empty");
        var irregular = file.Irregular.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);
        var rules = new List<StanceRule>();
        foreach (var r in file.Rules)
        {
            var stance = Stance(r.Stance, r.Id, "stance");
            var negated = r.Negated is null ? DefaultNegation(stance) : Stance(r.Negated, r.Id, "negated");
            var patterns = r.Patterns.Select(p => Pattern.Parse(p, file.Sets, irregular)).ToList();
            rules.Add(new StanceRule(r.Id, stance, negated, r.Holder, r.Owner, r.Mood, r.NotByHolder, r.ClaimsWhenOwn, patterns, r.Examples, r.Counterexamples,
                r.WouldBeStates));
        }
        var twice = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidOperationException($"two stance rules are called '{twice.Key}'");
        return new StanceRuleBook(rules);
    }

    /// <summary>"none" means the words say nothing in that polarity.</summary>
    private static Stance? Stance(string? name, string rule, string field) =>
        name is null or "none" ? null
        : Enum.TryParse<Stance>(name, out var stance) ? stance
        : throw new InvalidOperationException($"stance rule '{rule}': {field} '{name}' is not a stance");

    /// <summary>Denying a recognition rejects the claim; denying openness refuses talks; other stances, denied, say nothing sure.</summary>
    private static Stance? DefaultNegation(Stance? stance) => stance switch
    {
        Domain.Stances.Stance.RecognizesSovereignty => Domain.Stances.Stance.RejectsAnnexation,
        Domain.Stances.Stance.OpenToNegotiation => Domain.Stances.Stance.RejectsNegotiation,
        _ => null,
    };

    private sealed record RuleFile(Dictionary<string, List<string>> Irregular, Dictionary<string, string> Sets, List<RuleEntry> Rules);

    private sealed class RuleEntry
    {
        public string Id { get; init; } = "";
        public string? Stance { get; init; }
        public string? Negated { get; init; }
        public Holder Holder { get; init; } = Holder.Speaker;
        public bool Owner { get; init; }
        public Mood Mood { get; init; } = Mood.Stated;
        public bool NotByHolder { get; init; }
        public bool ClaimsWhenOwn { get; init; } = true;
        public bool WouldBeStates { get; init; }
        public List<string> Patterns { get; init; } = [];
        public List<string> Examples { get; init; } = [];
        public List<string> Counterexamples { get; init; } = [];
    }
}
