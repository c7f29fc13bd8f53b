namespace PositionTracker.Extraction.Patterns;

public enum OpKind { Word, Slot, Gap, ClauseEnd, Split, Jump, Match }

/// <summary>One instruction: match a word or a slot, skip a gap, or branch.</summary>
public readonly record struct Op(OpKind Kind, HashSet<string>? Words = null, Slot Slot = default, int First = 0, int Second = 0, int Max = 0);

/// <summary>
/// A pattern compiled to instructions for <see cref="Matcher"/>: alternatives and optional groups become branches,
/// so matching needs no recursion. Also knows which words and slots a match can begin with, so most positions of
/// a sentence are passed over without running it.
/// </summary>
public sealed class Program
{
    public IReadOnlyList<Op> Code { get; }

    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<Slot> _firstSlots = [];
    private readonly bool _anyStart;

    public Program(SequenceNode root)
    {
        var code = new List<Op>();
        Emit(root, code);
        code.Add(new Op(OpKind.Match));
        Code = code;
        _anyStart = First(root);
    }

    public bool CanStartAt(IPatternTarget target, int i)
    {
        if (_anyStart || _firstWords.Contains(target.Word(i))) return true;
        foreach (var slot in _firstSlots)
            if (target.SlotEnd(slot, i) > i) return true;
        return false;
    }

    private static void Emit(PatternNode node, List<Op> code)
    {
        switch (node)
        {
            case WordNode w: code.Add(new Op(OpKind.Word, Words: w.Forms)); break;
            case SlotNode s: code.Add(new Op(OpKind.Slot, Slot: s.Slot)); break;
            case GapNode g: code.Add(new Op(OpKind.Gap, Max: g.Max)); break;
            case ClauseEndNode: code.Add(new Op(OpKind.ClauseEnd)); break;
            case SequenceNode seq:
                foreach (var item in seq.Items) Emit(item, code);
                break;
            case ChoiceNode c:
            {
                var jumps = new List<int>();
                for (var k = 0; k < c.Options.Count; k++)
                {
                    var last = k == c.Options.Count - 1 && !c.Optional;
                    var split = -1;
                    if (!last)
                    {
                        split = code.Count;
                        code.Add(default);
                    }
                    Emit(c.Options[k], code);
                    jumps.Add(code.Count);
                    code.Add(default);
                    if (split >= 0) code[split] = new Op(OpKind.Split, First: split + 1, Second: code.Count);
                }
                foreach (var j in jumps) code[j] = new Op(OpKind.Jump, First: code.Count);
                break;
            }
        }
    }

    /// <summary>Gathers the words and slots a match of the node can begin with; true when it can match nothing at all.</summary>
    private bool First(PatternNode node)
    {
        switch (node)
        {
            case WordNode w: _firstWords.UnionWith(w.Forms); return false;
            case SlotNode s: _firstSlots.Add(s.Slot); return false;
            case SequenceNode seq:
                foreach (var item in seq.Items)
                    if (!First(item)) return false;
                return true;
            case ChoiceNode c:
                var empty = c.Optional;
                foreach (var option in c.Options) empty |= First(option);
                return empty;
            default:
                return true;
        }
    }
}
