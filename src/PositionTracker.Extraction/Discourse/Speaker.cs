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

    /// <summary>The same person, told by surname: "Peskov" is "Dmitry Peskov".</summary>
    public bool SamePersonAs(Speaker other) =>
        Name is not null && other.Name is not null
        && (Known is not null && Known == other.Known
            || string.Equals(Surname(Name), Surname(other.Name), StringComparison.OrdinalIgnoreCase));

    public static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
