namespace PositionTracker.Extraction.Patterns;

/// <summary>A sentence as a pattern sees it: lower-case words, where gaps must stop, and where entities start and end.</summary>
public interface IPatternTarget
{
    int Count { get; }
    string Word(int i);

    /// <summary>A token a gap may not cross: the end of a clause or of a quotation.</summary>
    bool Boundary(int i);

    /// <summary>A clause may end before token <paramref name="i"/> (or the sentence ends there).</summary>
    bool ClauseEndsBefore(int i);

    /// <summary>The end (exclusive) of an entity of the slot's kind that starts at <paramref name="i"/>, or -1.</summary>
    int SlotEnd(Slot slot, int i);
}

/// <summary>An entity a slot matched, by positions in the target.</summary>
public readonly record struct Capture(Slot Slot, int First, int End);

/// <summary>Where a pattern matched, and what its slots took.</summary>
public sealed record PatternMatch(int First, int End, IReadOnlyList<Capture> Captures);

/// <summary>
/// Runs a pattern's program (<see cref="Program"/>) at each position of a target by backtracking over an explicit
/// stack, keeping the longest match at each start. Allocates only for what it finds; a step budget keeps a
/// pathological pattern from running away.
/// </summary>
public static class Matcher
{
    private const int Budget = 4000;

    [ThreadStatic] private static Stack<(int Pc, int Pos, int Captures)>? _stack;
    [ThreadStatic] private static List<Capture>? _captures;
    [ThreadStatic] private static List<Capture>? _best;

    /// <summary>Adds every match of the pattern, left to right and not overlapping, to <paramref name="found"/>.</summary>
    public static void All(Pattern pattern, IPatternTarget target, List<PatternMatch> found)
    {
        for (var start = 0; start < target.Count; start++)
        {
            if (!pattern.Program.CanStartAt(target, start)) continue;
            var match = At(pattern, target, start);
            if (match is null) continue;
            found.Add(match);
            start = match.End - 1;
        }
    }

    public static PatternMatch? At(Pattern pattern, IPatternTarget target, int start)
    {
        var code = pattern.Program.Code;
        var stack = _stack ??= new Stack<(int, int, int)>();
        var captures = _captures ??= [];
        stack.Clear();
        captures.Clear();
        var bestEnd = -1;
        // The longest match's captures are copied here as it grows, and into an array once, at the end.
        var best = _best ??= [];
        best.Clear();
        stack.Push((0, start, 0));
        for (var steps = 0; stack.Count > 0 && steps < Budget; steps++)
        {
            var (pc, pos, kept) = stack.Pop();
            if (captures.Count > kept) captures.RemoveRange(kept, captures.Count - kept);
            while (true)
            {
                var op = code[pc];
                if (op.Kind == OpKind.Match)
                {
                    if (pos > bestEnd)
                    {
                        bestEnd = pos;
                        best.Clear();
                        best.AddRange(captures);
                    }
                    break;
                }
                if (op.Kind == OpKind.Word)
                {
                    if (pos >= target.Count || !op.Words!.Contains(target.Word(pos))) break;
                    pos++;
                    pc++;
                }
                else if (op.Kind == OpKind.Slot)
                {
                    var end = pos < target.Count ? target.SlotEnd(op.Slot, pos) : -1;
                    if (end <= pos) break;
                    captures.Add(new Capture(op.Slot, pos, end));
                    pos = end;
                    pc++;
                }
                else if (op.Kind == OpKind.ClauseEnd)
                {
                    if (!target.ClauseEndsBefore(pos)) break;
                    pc++;
                }
                else if (op.Kind == OpKind.Split)
                {
                    // The second branch waits on the stack; the first is tried now.
                    stack.Push((op.Second, pos, captures.Count));
                    pc = op.First;
                }
                else if (op.Kind == OpKind.Jump)
                {
                    pc = op.First;
                }
                else
                {
                    // A gap: every length from the longest it may take down to one waits; none is tried now.
                    var max = 0;
                    while (max < op.Max && pos + max < target.Count && !target.Boundary(pos + max)) max++;
                    for (var n = 1; n <= max; n++) stack.Push((pc + 1, pos + n, captures.Count));
                    pc++;
                }
            }
        }
        return bestEnd > start ? new PatternMatch(start, bestEnd, best.Count == 0 ? [] : best.ToArray()) : null;
    }
}
