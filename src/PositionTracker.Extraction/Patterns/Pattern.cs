using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Patterns;

/// <summary>The kinds of entity a pattern can ask for in a slot.</summary>
public enum Slot
{
    /// <summary>{T}: a territory, a list of them, a group ("the Donbas") or a phrase that refers back ("the peninsula").</summary>
    Territory,

    /// <summary>{A}: a state or body as a name, a demonym ("Russian") or a metonym ("the Kremlin").</summary>
    Actor,

    /// <summary>{P}: a person.</summary>
    Person,

    /// <summary>{S}: whoever can speak: a person, an office, a state or a pronoun.</summary>
    Speaker,
}

/// <summary>
/// One element of a compiled pattern. Words match any of their inflected forms; slots match a whole entity;
/// a gap matches up to a number of tokens within the clause.
/// </summary>
public abstract record PatternNode;

public sealed record WordNode(HashSet<string> Forms, string Written) : PatternNode;

public sealed record SlotNode(Slot Slot) : PatternNode;

public sealed record GapNode(int Max) : PatternNode;

/// <summary>#: the clause ends here (punctuation, a conjunction, or the end of the sentence follows); takes no token.</summary>
public sealed record ClauseEndNode : PatternNode;

public sealed record SequenceNode(IReadOnlyList<PatternNode> Items) : PatternNode;

public sealed record ChoiceNode(IReadOnlyList<PatternNode> Options, bool Optional) : PatternNode;

public sealed class PatternSyntaxError(string pattern, string problem) : Exception($"pattern \"{pattern}\": {problem}");

/// <summary>
/// A pattern of the rule language, for example <c>{T} (be|remain) [forever|always] [an|a] (integral|inalienable) part of {A}</c>:
/// words (matching their inflections; <c>=word</c> for the form alone), slots <c>{T} {A} {P} {S}</c>, alternatives
/// <c>(a|b c)</c>, optional groups <c>[a|b]</c>, bounded gaps <c>..3</c> (up to three tokens of the same clause) and
/// <c>#</c>, the end of a clause.
/// Sets named in the rule file (<c>$PART</c>) are expanded before parsing.
/// </summary>
public sealed class Pattern
{
    public string Text { get; }
    public SequenceNode Root { get; }
    public Program Program { get; }

    /// <summary>Words one of which any match must contain: a sentence holding none of them is skipped at once.</summary>
    public IReadOnlySet<string> Anchors { get; }

    private Pattern(string text, SequenceNode root, IReadOnlySet<string> anchors) =>
        (Text, Root, Anchors, Program) = (text, root, anchors, new Program(root));

    private static readonly HashSet<string> Uninflected =
    [
        "it", "its", "our", "ours", "their", "theirs", "his", "her", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for",
        "with", "as", "is", "not", "no", "and", "or", "but", "that", "this", "these", "those", "we", "they", "he", "she", "us",
        "them", "any", "all", "every", "own", "from", "into", "over", "under", "who", "which", "its", "never", "nor", "than",
    ];

    /// <summary>Words in most sentences: a poor anchor, since a pattern anchored on one is tried on nearly every sentence.</summary>
    private static readonly HashSet<string> Common =
    [
        "'s", "-", ",", ".", "up", "back", "away", "will", "would", "wo", "'ll", "can", "could", "be", "is", "are", "was", "were", "been",
        "being", "have", "has", "had", "there", "no", "said", "says", "say",
    ];

    public static Pattern Parse(string text, IReadOnlyDictionary<string, string> sets, IReadOnlyDictionary<string, IReadOnlyList<string>> irregular)
    {
        var expanded = Expand(text, sets);
        var symbols = Lex(expanded);
        var at = 0;
        var root = Sequence(symbols, ref at, text, irregular, closer: null);
        if (at < symbols.Count) throw new PatternSyntaxError(text, $"unexpected '{symbols[at]}'");
        if (root.Items.Count == 0) throw new PatternSyntaxError(text, "is empty");
        if (root.Items[0] is GapNode || root.Items[^1] is GapNode) throw new PatternSyntaxError(text, "may not begin or end with a gap");
        var anchors = Required(root) ?? throw new PatternSyntaxError(text, "needs at least one word that every match contains");
        return new Pattern(text, root, anchors);
    }

    private static string Expand(string text, IReadOnlyDictionary<string, string> sets)
    {
        var expanded = text;
        for (var round = 0; expanded.IndexOf('$') is var start and >= 0; round++)
        {
            if (round > 50) throw new PatternSyntaxError(text, "its sets refer to each other without end");
            var end = start + 1;
            while (end < expanded.Length && (char.IsLetterOrDigit(expanded[end]) || expanded[end] == '_')) end++;
            var name = expanded[(start + 1)..end];
            if (!sets.TryGetValue(name, out var value)) throw new PatternSyntaxError(text, $"no set named ${name}");
            expanded = expanded[..start] + value + expanded[end..];
        }
        return expanded;
    }

    private static List<string> Lex(string text)
    {
        var symbols = new List<string>();
        var word = new System.Text.StringBuilder();
        void Flush()
        {
            if (word.Length > 0) symbols.Add(word.ToString());
            word.Clear();
        }
        foreach (var c in text)
        {
            if (c is '(' or ')' or '[' or ']' or '|') { Flush(); symbols.Add(c.ToString()); }
            else if (char.IsWhiteSpace(c)) Flush();
            else word.Append(c);
        }
        Flush();
        return symbols;
    }

    private static SequenceNode Sequence(List<string> symbols, ref int at, string text,
        IReadOnlyDictionary<string, IReadOnlyList<string>> irregular, string? closer)
    {
        var items = new List<PatternNode>();
        while (at < symbols.Count && symbols[at] != "|" && symbols[at] != closer)
        {
            var symbol = symbols[at++];
            switch (symbol)
            {
                case "(" or "[":
                    var close = symbol == "(" ? ")" : "]";
                    var options = new List<PatternNode> { Sequence(symbols, ref at, text, irregular, close) };
                    while (at < symbols.Count && symbols[at] == "|")
                    {
                        at++;
                        options.Add(Sequence(symbols, ref at, text, irregular, close));
                    }
                    if (at >= symbols.Count || symbols[at] != close) throw new PatternSyntaxError(text, $"'{symbol}' is never closed");
                    at++;
                    items.Add(new ChoiceNode(options, Optional: symbol == "["));
                    break;
                case ")" or "]":
                    throw new PatternSyntaxError(text, $"'{symbol}' closes nothing");
                default:
                    items.AddRange(Element(symbol, text, irregular));
                    break;
            }
        }
        return new SequenceNode(items);
    }

    private static IEnumerable<PatternNode> Element(string symbol, string text, IReadOnlyDictionary<string, IReadOnlyList<string>> irregular)
    {
        switch (symbol)
        {
            case "{T}": return [new SlotNode(Slot.Territory)];
            case "{A}": return [new SlotNode(Slot.Actor)];
            case "{P}": return [new SlotNode(Slot.Person)];
            case "{S}": return [new SlotNode(Slot.Speaker)];
            case "#": return [new ClauseEndNode()];
        }
        if (symbol.StartsWith("..") && int.TryParse(symbol[2..], out var max) && max is > 0 and <= 12) return [new GapNode(max)];
        if (symbol.StartsWith('{') || symbol.StartsWith("..")) throw new PatternSyntaxError(text, $"'{symbol}' is not a slot or a gap");
        var exact = symbol.StartsWith('=');
        var tokens = Tokens.Of(exact ? symbol[1..] : symbol);
        if (tokens.Count == 0) throw new PatternSyntaxError(text, $"'{symbol}' holds no word");
        return tokens.Select(t => new WordNode(
            exact || tokens.Count > 1 || Uninflected.Contains(t.Lower) ? [t.Lower] : Inflections.Of(t.Lower, irregular), t.Lower));
    }

    /// <summary>The forms of some word every match must hold: the rarest-looking required word, or the union across alternatives.</summary>
    private static HashSet<string>? Required(PatternNode node) => node switch
    {
        WordNode w => w.Forms,
        SequenceNode s => s.Items.Select(Required).OfType<HashSet<string>>()
            .OrderBy(f => Uninflected.Overlaps(f) || Common.Overlaps(f) ? 1 : 0).ThenBy(f => f.Count).FirstOrDefault(),
        ChoiceNode { Optional: false } c => c.Options.Select(Required).ToList() is var all && all.All(a => a is not null)
            ? all.SelectMany(a => a!).ToHashSet(StringComparer.Ordinal)
            : null,
        _ => null,
    };
}
