using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Mentions;

/// <summary>
/// Phrases that point back at territories by what they are rather than by name: "the four regions", "these
/// occupied territories", "the annexed provinces", "the disputed islands", "the so-called referendums". Built from
/// a determiner, a few modifiers and a head noun, so that every combination a wire story uses is one rule.
/// </summary>
public static class TerritoryReferences
{
    private static readonly HashSet<string> PluralDeterminers = ["the", "these", "those", "both", "all"];
    private static readonly HashSet<string> SingularDeterminers = ["the", "this", "that"];

    private static readonly HashSet<string> Modifiers =
    [
        "annexed", "occupied", "disputed", "contested", "new", "newly", "so", "-", "called", "partially", "partly", "illegally",
        "two", "three", "four", "five", "six", "breakaway", "separatist", "seized", "captured", "lost", "remaining", "eastern",
        "southern", "western", "northern", "whole", "entire", "same", "rest", "of", "other", "self", "proclaimed", "held", "controlled",
        "backed", "installed", "temporarily", "our", "its", "their",
    ];

    private static readonly HashSet<string> Counts = ["two", "three", "four", "five", "six", "regions", "territories", "provinces", "islands"];

    /// <summary>A singular head alone is too vague ("the region" may be the whole Middle East): it needs a telling modifier.</summary>
    private static readonly HashSet<string> Telling = ["annexed", "occupied", "disputed", "contested", "breakaway", "separatist", "seized", "whole", "entire", "called"];

    private static readonly Dictionary<string, TerritoryReferenceKind> Plural = new()
    {
        ["regions"] = TerritoryReferenceKind.Listed, ["territories"] = TerritoryReferenceKind.Listed,
        ["provinces"] = TerritoryReferenceKind.Listed, ["oblasts"] = TerritoryReferenceKind.Listed,
        ["areas"] = TerritoryReferenceKind.Listed, ["islands"] = TerritoryReferenceKind.Listed,
        ["islets"] = TerritoryReferenceKind.Listed, ["lands"] = TerritoryReferenceKind.Listed,
        ["republics"] = TerritoryReferenceKind.Listed, ["districts"] = TerritoryReferenceKind.Listed,
        ["enclaves"] = TerritoryReferenceKind.Listed, ["referendums"] = TerritoryReferenceKind.Voted,
        ["referenda"] = TerritoryReferenceKind.Voted, ["votes"] = TerritoryReferenceKind.Voted,
        ["annexations"] = TerritoryReferenceKind.Annexed,
    };

    private static readonly HashSet<string> Singular =
        ["region", "territory", "province", "oblast", "area", "island", "peninsula", "archipelago", "enclave", "republic", "referendum", "annexation", "vote"];

    /// <summary>The references in a sentence that the lexicon's own phrases did not already cover.</summary>
    public static List<Found<TerritoryReferenceKind>> Find(List<Token> tokens, List<Mention> mentions, List<Found<TerritoryReferenceKind>> known)
    {
        var found = new List<Found<TerritoryReferenceKind>>(known);
        for (var i = 0; i < tokens.Count; i++)
        {
            var determiner = tokens[i].Lower;
            // "seized them", "retook them": the several just named; the entity recognizer reads it as a pronoun.
            if (determiner == "them" && !found.Any(f => f.First <= i && i < f.End))
            {
                found.Add(new Found<TerritoryReferenceKind>(i, i + 1, TerritoryReferenceKind.Plural));
                continue;
            }
            // "four Ukrainian regions" counts as "these four Ukrainian regions".
            var counted = determiner is "two" or "three" or "four" or "five" or "six" && (i == 0 || !PluralDeterminers.Contains(tokens[i - 1].Lower)
                                                                                      && tokens[i - 1].Lower != "other");
            if (!PluralDeterminers.Contains(determiner) && !SingularDeterminers.Contains(determiner) && !counted) continue;
            // "nearly all of the Luhansk region but only parts of the other three": the rest of the list.
            if (determiner == "the" && i + 2 < tokens.Count && tokens[i + 1].Lower == "other" && Counts.Contains(tokens[i + 2].Lower))
            {
                var end = i + 3 < tokens.Count && Plural.ContainsKey(tokens[i + 3].Lower) ? i + 4 : i + 3;
                if (!found.Any(f => f.First < end && i < f.End)) found.Add(new Found<TerritoryReferenceKind>(i, end, TerritoryReferenceKind.Others));
                i = end - 1;
                continue;
            }
            var at = counted ? i : i + 1;
            if (counted) determiner = "these";
            var telling = false;
            var annexed = false;
            // "the four Ukrainian regions", "these Russian-held territories": any state's demonym qualifies them too.
            while (at < tokens.Count && at - i <= 4 && (Modifiers.Contains(tokens[at].Lower) || IsDemonym(mentions, at)) && !InMention(mentions, at))
            {
                telling |= Telling.Contains(tokens[at].Lower);
                annexed |= tokens[at].Lower == "annexed";
                at++;
            }
            if (at >= tokens.Count || InMention(mentions, at)) continue;
            // "the Donetsk and Luhansk regions" is a name, found elsewhere; "the regions of Donetsk" names them too.
            if (at + 1 < tokens.Count && tokens[at + 1].Lower == "of") continue;
            var head = tokens[at].Lower;
            TerritoryReferenceKind? kind = null;
            if (PluralDeterminers.Contains(determiner) && Plural.TryGetValue(head, out var plural))
                kind = annexed ? TerritoryReferenceKind.Annexed : plural;
            else if (SingularDeterminers.Contains(determiner) && Singular.Contains(head) && (telling || head is "peninsula" or "archipelago" or "enclave" or "referendum" or "annexation"))
                kind = head is "referendum" or "vote" ? TerritoryReferenceKind.Voted
                    : head == "annexation" || annexed ? TerritoryReferenceKind.Annexed : TerritoryReferenceKind.Singular;
            if (kind is null || found.Any(f => f.First <= at && i < f.End)) continue;
            found.Add(new Found<TerritoryReferenceKind>(i, at + 1, kind.Value));
            i = at;
        }
        found.Sort((a, b) => a.First.CompareTo(b.First));
        return found;
    }

    private static bool IsDemonym(List<Mention> mentions, int token)
    {
        foreach (var m in mentions)
            if (m.First <= token && token < m.End && m.Of(MentionKind.Actor) is { Form: ActorForm.Demonym }) return true;
        return false;
    }

    private static bool InMention(List<Mention> mentions, int token)
    {
        foreach (var m in mentions)
            if (m.First <= token && token < m.End && (m.Is(MentionKind.Territory) || m.Is(MentionKind.Group) || m.Is(MentionKind.Person)))
                return true;
        return false;
    }
}
