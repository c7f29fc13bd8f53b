namespace PositionTracker.Extraction.Lexicon;

/// <summary>A phrase found in a run of symbols: where it starts, how many symbols it spans, and what it means.</summary>
public readonly record struct PhraseMatch<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds phrases in a run of symbols (lower-case words, or placeholders like "{T}" for an entity) in one
/// pass. A phrase symbol "*" matches any one symbol. Where phrases overlap, the longest wins, then the earliest.
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Node? Any;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> phrase, T value)
    {
        if (phrase.Count == 0) return;
        var node = _root;
        foreach (var symbol in phrase)
        {
            if (symbol == "*")
            {
                node = node.Any ??= new Node();
                continue;
            }
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(symbol, out var next)) node.Children[symbol] = next = new Node();
            node = next;
        }
        (node.Values ??= []).Add(value);
        Count++;
    }

    /// <summary>Every occurrence of every phrase, overlapping ones included.</summary>
    public List<PhraseMatch<T>> FindAllCandidates(IReadOnlyList<string> symbols)
    {
        var found = new List<PhraseMatch<T>>(symbols.Count);
        for (var start = 0; start < symbols.Count; start++) Walk(_root, symbols, start, start, found);
        return found;
    }

    /// <summary>Every phrase, each occurrence, overlaps resolved: longest first, then earliest.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<string> symbols) => WithoutOverlaps(FindAllCandidates(symbols));

    /// <summary>Of overlapping matches, the longest stands, then the earliest; the rest in text order.</summary>
    public static List<PhraseMatch<T>> WithoutOverlaps(List<PhraseMatch<T>> found)
    {
        if (found.Count <= 1) return found;
        found.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var kept = new List<PhraseMatch<T>>(found.Count);
        foreach (var match in found)
        {
            var free = true;
            foreach (var k in kept)
                if (k.Start < match.End && match.Start < k.End) { free = false; break; }
            if (free) kept.Add(match);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static void Walk(Node node, IReadOnlyList<string> symbols, int start, int at, List<PhraseMatch<T>> found)
    {
        if (node.Values is not null && at > start)
            foreach (var value in node.Values) found.Add(new PhraseMatch<T>(start, at - start, value));
        if (at >= symbols.Count) return;
        if (node.Children is not null && node.Children.TryGetValue(symbols[at], out var next)) Walk(next, symbols, start, at + 1, found);
        if (node.Any is not null) Walk(node.Any, symbols, start, at + 1, found);
    }
}
