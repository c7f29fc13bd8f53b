namespace PositionTracker.Extraction.Text;

/// <summary>A stretch of the article body, by character offsets, so every finding points back to the text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public string Of(string text) => text.Substring(Start, Length);
}
