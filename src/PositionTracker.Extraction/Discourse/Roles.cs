namespace PositionTracker.Extraction.Discourse;

public static class Roles
{
    private static readonly string[] SpokespersonWords = ["spokes", "press secretary", "press officer"];

    /// <summary>Two titles for one office: equal, one inside the other, or both a spokesperson's for the same body.</summary>
    public static bool SameOffice(string a, string b)
    {
        // "the ministry" is not "the foreign ministry spokesman": a body and the one who speaks for it are told apart.
        if (IsSpokesperson(a) != IsSpokesperson(b)) return false;
        if (a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase)) return true;
        return IsSpokesperson(a) && IsSpokesperson(b) && Body(a).Trim().Equals(Body(b).Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The last word of an office or body: "foreign ministry" and "the ministry" are both a "ministry".</summary>
    public static string Head(string title) => title.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static readonly HashSet<string> PersonalHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "secretary", "president", "premier", "chancellor", "ambassador", "envoy", "official", "diplomat", "aide",
        "adviser", "advisor", "leader", "negotiator", "representative", "deputy", "chairman", "chairwoman", "governor", "commander",
    };

    /// <summary>An office one person holds, whom "he" or "she" can mean: a spokeswoman or a minister, not a ministry.</summary>
    public static bool IsPersonal(string title) => IsSpokesperson(title) || PersonalHeads.Contains(Head(title));

    private static readonly HashSet<string> AnonymousHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "diplomat", "diplomats", "officials",
    };

    /// <summary>
    /// "Diplomats said", "a Western diplomat said": sources wire copy leaves unnamed speak for no state unless one is named
    /// with them ("an Indian diplomat", "U.S. officials"), unlike a "government spokesman", whose state the story supplies.
    /// </summary>
    public static bool SpeaksOnlyForANamedState(string title) => AnonymousHeads.Contains(Head(title));

    public static bool IsSpokesperson(string title)
    {
        foreach (var word in SpokespersonWords)
            if (title.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"kremlin spokesman" and "kremlin spokesperson" are the Kremlin's; a bare "spokesman" is anyone's.</summary>
    private static ReadOnlySpan<char> Body(string title)
    {
        var cut = title.Length;
        foreach (var word in SpokespersonWords)
        {
            var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at < cut) cut = at;
        }
        return title.AsSpan(0, cut);
    }
}
