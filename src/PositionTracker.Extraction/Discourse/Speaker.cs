using PositionTracker.Domain.Catalog;

namespace PositionTracker.Extraction.Discourse;

/// <summary>
/// Who a statement comes from: a person (by the name the article gives, or the gazetteer's), their office,
/// and the actor they speak for. An actor alone ("the Kremlin", "Ukraine says") has no name.
/// </summary>
public sealed record Speaker(string? Name, string? Role, string? Actor, Person? Known = null)
{
    public bool IsPerson => Name is not null;

    public static Speaker ForActor(string actor) => new(null, null, actor);

    /// <summary>
    /// The same person, told by family name: "Peskov" is "Dmitry Peskov", and "Lin" is "Lin Jian", whose
    /// family name comes first.
    /// </summary>
    public bool SamePersonAs(Speaker other)
    {
        if (Name is null || other.Name is null) return false;
        if (Known is not null && Known == other.Known) return true;
        if (string.Equals(Surname(Name), Surname(other.Name), StringComparison.OrdinalIgnoreCase)) return true;
        var (one, full) = Words(Name).Length == 1 ? (Name, other.Name) : Words(other.Name).Length == 1 ? (other.Name, Name) : (null, null);
        return one is not null && string.Equals(one, Words(full!)[0], StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The names a person may be recalled by: family name last, or first ("Lin Jian").</summary>
    public static IEnumerable<string> Keys(string name)
    {
        var words = Words(Folded(name));
        yield return words[^1];
        if (words.Length > 1) yield return words[0];
    }

    public static string Surname(string name) => Folded(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);

    /// <summary>"Vučić" is "Vucic", "Nicolás" is "Nicolas": a name as papers that drop the accents spell it.</summary>
    public static string Folded(string name)
    {
        if (name.All(char.IsAscii)) return name;
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray())
            .Normalize(System.Text.NormalizationForm.FormC);
    }
}
