using System.Text;

namespace PositionTracker.Core;

/// <summary>
/// Text from files (their names, their articles) on its way to the analyst's terminal. An ESC, a CR or a C1
/// control in it would be obeyed (recolour, move the cursor, rewrite the line above), and a bidirectional
/// override would disguise it, so each is shown escaped instead.
/// </summary>
public static class Terminal
{
    /// <param name="keepLines">Keep line breaks and tabs: for multi-line answers, whose layout they are.</param>
    public static string Safe(string text, bool keepLines = false)
    {
        if (!text.Any(c => Escaped(c, keepLines))) return text;
        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (!Escaped(c, keepLines)) safe.Append(c);
            else safe.Append(c <= 0xFF ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
        return safe.ToString();
    }

    public static void Write(string text) => Console.Write(Safe(text, keepLines: true));

    public static void WriteLine(string text) => Console.WriteLine(Safe(text, keepLines: true));

    private static bool Escaped(char c, bool keepLines) =>
        (char.IsControl(c) && !(keepLines && c is '\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
