namespace PositionTracker.Extraction.Discourse;

public static class Roles
{
    private static readonly string[] SpokespersonWords = ["spokes", "press secretary", "press officer"];

    /// <summary>Two titles for one office: equal, one inside the other, or both a spokesperson's for the same body.</summary>
    public static bool SameOffice(string a, string b)
    {
        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        if (x == y || x.Contains(y) || y.Contains(x)) return true;
        return IsSpokesperson(x) && IsSpokesperson(y) && Body(x) == Body(y);
    }

    public static bool IsSpokesperson(string title) =>
        SpokespersonWords.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>"kremlin spokesman" and "kremlin spokesperson" are the Kremlin's; a bare "spokesman" is anyone's.</summary>
    private static string Body(string title)
    {
        var cut = SpokespersonWords.Select(w => title.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(title.Length).Min();
        return title[..cut].Trim();
    }
}
