namespace PositionTracker.Bench.Generation;

/// <summary>
/// Someone who speaks for an actor, as an article names them: first in full ("Russian Foreign Minister
/// Sergey Lavrov", "a Kremlin spokesman", "Beijing"), then again more briefly ("Lavrov").
/// </summary>
public sealed record Voice(string Actor, string Full, string Again, bool IsPerson)
{
    /// <summary>The full name where a subject goes, with the closing comma an apposition needs.</summary>
    public string Subject => Full.Contains(',') ? Full + "," : Full;
}

public static class Voices
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Prime", "Minister", "Foreign", "President", "Vice", "Secretary", "Defence", "Defense", "Deputy", "Ambassador",
        "Ministry", "Chief", "Cabinet", "Premier", "Chancellor", "Head", "Government", "Spokesman", "Spokeswoman",
        "Spokesperson", "National", "Security", "Adviser", "Home", "Finance", "External", "Affairs", "First", "General",
        "Acting", "Presidential", "Press", "Director", "Speaker", "Special", "Envoy", "Councilor", "Senior", "Chair",
    };

    /// <summary>A voice for the actor on the day: a named office holder when the gazetteer has one, else an office or a seat.</summary>
    public static Voice For(Cast cast, string actor, DateOnly day, Rng rng)
    {
        var holders = cast.OfficeHolders(actor, day);
        var roll = rng.Double();
        if (holders.Count > 0 && roll < 0.55) return Person(cast, actor, rng.Pick(holders), rng);
        var seats = cast.Seats(actor);
        if (seats.Count > 0 && roll < 0.78)
        {
            var seat = rng.Pick(seats);
            return new Voice(actor, seat, seat, false);
        }
        if (roll < 0.92 || holders.Count == 0) return Office(cast, actor, rng);
        return new Voice(actor, cast.Name(actor), cast.Name(actor), false);
    }

    private static Voice Person(Cast cast, string actor, (Domain.Catalog.Person Person, Domain.Catalog.PersonRole Role) office, Rng rng)
    {
        var (person, role) = office;
        var name = person.Name;
        var surname = name.Split(' ')[^1];
        var again = person.Aliases.Contains(surname) ? surname : name;
        var title = role.Title;
        var lower = Lower(title);
        var prefixable = !title.Contains(" to ") && !title.Contains(" of ") && !title.Contains(" for ");
        var full = rng.Int(4) switch
        {
            0 when prefixable => $"{title} {name}",
            1 when prefixable => $"{cast.Adjective(actor)} {title} {name}",
            2 => $"{name}, {cast.Possessive(actor)} {lower}",
            _ => $"{name}, the {cast.Adjective(actor)} {lower}",
        };
        return new Voice(actor, full, again, true);
    }

    private static Voice Office(Cast cast, string actor, Rng rng)
    {
        var fixedRoles = cast.FixedRoles(actor);
        if (fixedRoles.Count > 0 && rng.Chance(0.5))
        {
            var role = rng.Pick(fixedRoles);
            var article = rng.Chance(0.5) ? "a" : "the";
            if (article == "a" && "AEIOU".Contains(role[0])) article = "an";
            return new Voice(actor, $"{article} {role}", $"the {role}", false);
        }
        var adjective = cast.Adjective(actor);
        var (full, again) = rng.Int(6) switch
        {
            0 => ($"the {adjective} foreign ministry", "the foreign ministry"),
            1 => ($"{cast.Possessive(actor)} foreign ministry", "the foreign ministry"),
            2 => ($"a {adjective} foreign ministry spokesperson", "the foreign ministry spokesperson"),
            3 => ($"the {adjective} defence ministry", "the defence ministry"),
            4 => ($"a {adjective} government spokesman", "the government spokesman"),
            _ => ($"{cast.Possessive(actor)} ambassador to the United Nations", "the ambassador"),
        };
        return new Voice(actor, full, again, false);
    }

    /// <summary>"Foreign Minister" as "foreign minister" after a name; proper words ("Kremlin", "UN") stay.</summary>
    public static string Lower(string title) =>
        string.Join(' ', title.Split(' ').Select(w => TitleWords.Contains(w) ? w.ToLowerInvariant() : w));
}
