using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Patterns;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction;

/// <summary>
/// A sentence as the rule patterns see it: its tokens without quotation marks (so "an "inalienable" part"
/// reads as "an inalienable part"), with the entities found in it as slots. Territories named in a row
/// ("Donetsk, Luhansk and Kherson") fill one {T} slot together.
/// </summary>
public sealed class SentenceView : IPatternTarget
{
    private readonly List<Token> _tokens;
    private readonly int[] _token;
    /// <summary>For each slot kind and position, the end of the longest entity of that kind starting there (0: none).</summary>
    private readonly int[] _slots;

    public SentenceView(List<Token> tokens, List<Mention> mentions, List<Found<TerritoryReferenceKind>> references)
    {
        _tokens = tokens;
        var marks = 0;
        foreach (var t in tokens)
            if (t.Kind == TokenKind.QuoteMark) marks++;
        _token = new int[tokens.Count - marks + 1];
        var at = new int[tokens.Count + 1];
        var seen = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            at[i] = seen;
            if (tokens[i].Kind != TokenKind.QuoteMark) _token[seen++] = i;
        }
        at[tokens.Count] = seen;
        _token[seen] = tokens.Count;
        _slots = new int[SlotKinds * seen];

        var territories = new List<(int First, int End)>();
        foreach (var m in mentions)
        {
            var (first, end) = (at[m.First], at[m.End]);
            if (m.Is(MentionKind.Territory) || m.Is(MentionKind.Group)) territories.Add((first, end));
            if (m.ActorCode is not null) Add(Slot.Actor, first, end);
            if (m.Is(MentionKind.Person)) Add(Slot.Person, first, end);
            if (m.Is(MentionKind.Person) || m.Is(MentionKind.Role) || m.Is(MentionKind.Pronoun) || m.ActorCode is not null)
                Add(Slot.Speaker, first, end);
        }
        territories.AddRange(references.Select(r => (at[r.First], at[r.End])));
        territories.Sort((a, b) => a.First.CompareTo(b.First));
        for (var k = 0; k < territories.Count; k++)
        {
            var (first, end) = territories[k];
            // "Donetsk, Luhansk, Zaporizhzhia and Kherson", "Crimea and Sevastopol", "Abkhazia or South Ossetia".
            for (var next = k + 1; next < territories.Count && Joins(end, territories[next].First); next++) end = territories[next].End;
            // "the Donetsk and Luhansk regions were Ukrainian": the plural noun closing a list of names belongs to it.
            if (end < Count && Word(end) is "regions" or "oblasts" or "provinces" or "islands" or "islets" or "archipelagos" or "republics") end++;
            Add(Slot.Territory, first, end);
            // "the Kharkiv region", "the Falklands": the article belongs to the name.
            if (first > 0 && Word(first - 1) == "the") Add(Slot.Territory, first - 1, end);
        }
    }

    private void Add(Slot slot, int first, int end)
    {
        if (end > first && _slots[(int)slot * Count + first] < end) _slots[(int)slot * Count + first] = end;
        // A name written with its article ("the Russian Federation") also fills a slot after a pattern's own "the".
        if (end > first + 1 && Word(first) == "the") Add(slot, first + 1, end);
    }

    /// <summary>
    /// Only commas and "and"/"or" (with an optional "the") stand between two territories of one list; a repeated
    /// preposition after a comma too ("to Donetsk, to Luhansk, to Crimea").
    /// </summary>
    private bool Joins(int end, int next)
    {
        if (next <= end || next - end > 3) return false;
        var comma = false;
        for (var i = end; i < next; i++)
        {
            var word = Word(i);
            comma |= word == ",";
            if (word is not ("," or "and" or "or" or "the" or "&") && !(comma && word is "to" or "in" or "of" or "from")) return false;
        }
        return true;
    }

    public int Count => _token.Length - 1;

    public string Word(int i) => _tokens[_token[i]].Lower;

    public bool Boundary(int i) => Word(i) is "." or ";" or ":" or "?" or "!" or "(" or ")";

    public bool ClauseEndsBefore(int i) =>
        i >= Count || Boundary(i) || Word(i) is "," or "and" or "but" or "or" or "while" or "although" or "though" or "which" or "who" or "now" or "as";

    public int SlotEnd(Slot slot, int i) => _slots[(int)slot * Count + i] is > 0 and var end ? end : -1;

    private const int SlotKinds = 4;

    /// <summary>The first token of a match that starts at a view position.</summary>
    public int First(int position) => _token[position];

    /// <summary>The token after a match that ends at a view position.</summary>
    public int End(int position) => position == 0 ? 0 : _token[position - 1] + 1;
}
