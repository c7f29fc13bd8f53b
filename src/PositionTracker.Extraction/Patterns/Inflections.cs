namespace PositionTracker.Extraction.Patterns;

/// <summary>
/// The forms a word takes in news English, so that a rule written with "recognize" also reads "recognised",
/// "recognizes" and "recognising", and one written with "territory" reads "territories". Regular endings are
/// made here; irregular verbs come from the rule file. Over-generation ("parted" from "part") is harmless:
/// a rule still needs its other words around it.
/// </summary>
public static class Inflections
{
    public static HashSet<string> Of(string word, IReadOnlyDictionary<string, IReadOnlyList<string>> irregular)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spelling in Spellings(word))
        {
            forms.Add(spelling);
            if (irregular.TryGetValue(spelling, out var listed)) forms.UnionWith(listed);
            if (!spelling.All(char.IsAsciiLetterLower) || spelling.Length < 2) continue;
            forms.Add(Plural(spelling));
            forms.UnionWith(Past(spelling));
            forms.UnionWith(Participle(spelling));
        }
        return forms;
    }

    private static readonly string[] ZSuffixes = ["ize", "izes", "ized", "izing", "ization", "izations", "yze", "yzes", "yzed", "yzing"];

    /// <summary>British and American spellings of the -ize/-ise and -yze/-yse words, in any of their forms.</summary>
    private static IEnumerable<string> Spellings(string word)
    {
        yield return word;
        foreach (var z in ZSuffixes)
        {
            var s = z.Replace('z', 's');
            if (word.Length > z.Length + 2 && word.EndsWith(z)) yield return word[..^z.Length] + s;
            else if (word.Length > s.Length + 3 && word.EndsWith(s)) yield return word[..^s.Length] + z;
        }
    }

    private static string Plural(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh") ? w + "es"
        : ConsonantY(w) ? w[..^1] + "ies"
        : w + "s";

    private static IEnumerable<string> Past(string w)
    {
        if (w.EndsWith('e')) yield return w + "d";
        else if (ConsonantY(w)) yield return w[..^1] + "ied";
        else
        {
            yield return w + "ed";
            if (ShortClosed(w)) yield return w + w[^1] + "ed";
        }
    }

    private static IEnumerable<string> Participle(string w)
    {
        if (w.EndsWith("ie")) yield return w[..^2] + "ying";
        else if (w.EndsWith('e') && !w.EndsWith("ee") && !w.EndsWith("ye") && !w.EndsWith("oe")) yield return w[..^1] + "ing";
        else
        {
            yield return w + "ing";
            if (ShortClosed(w)) yield return w + w[^1] + "ing";
        }
    }

    private static bool ConsonantY(string w) => w.Length > 2 && w[^1] == 'y' && !IsVowel(w[^2]);

    /// <summary>"stop", "plan", "commit", "admit": a final consonant after one vowel, doubled before -ed and -ing.</summary>
    private static bool ShortClosed(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
