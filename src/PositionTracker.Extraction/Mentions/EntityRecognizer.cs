using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Mentions;

/// <summary>
/// Finds the gazetteer's actors, territories, groups, people and offices in a sentence's tokens, longest
/// name first. Proper names must be capitalised in the text ("Chad", not "chad"), and names written in
/// capitals in the gazetteer ("US", "UN") must be written so in the text too, so "us" is not the United States.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>A gazetteer phrase: what it names, and the words written in capitals that the text must match exactly.</summary>
    private sealed record Entry(Entity Entity, string?[] Capitals, bool ProperName, bool SurnameOnly = false);

    private readonly PhraseTrie<Entry> _trie = new();
    private readonly RegionLists _regionLists;

    private static readonly HashSet<string> Pronouns = ["he", "she", "it", "they"];

    public EntityRecognizer(Gazetteer gazetteer)
    {
        _regionLists = new RegionLists(gazetteer);
        foreach (var actor in gazetteer.Actors)
        {
            Add([actor.Name, .. actor.Aliases], new Entity(MentionKind.Actor, actor.Code, ActorForm.Name), proper: true);
            Add(actor.Demonyms, new Entity(MentionKind.Actor, actor.Code, ActorForm.Demonym), proper: true);
            Add(actor.Capitals, new Entity(MentionKind.Actor, actor.Code, ActorForm.Capital), proper: true);
            Add(actor.Metonyms, new Entity(MentionKind.Actor, actor.Code, ActorForm.Metonym), proper: true);
        }
        foreach (var territory in gazetteer.Territories)
            Add([territory.Name, .. territory.Aliases, .. territory.Adjectives, .. Populace(territory)], new Entity(MentionKind.Territory, Territory: territory.Id), proper: true);
        foreach (var group in gazetteer.Groups)
            Add([group.Name, .. group.Aliases], new Entity(MentionKind.Group, Group: group), proper: false);
        foreach (var person in gazetteer.People)
            Add([person.Name, .. person.Aliases], new Entity(MentionKind.Person, Person: person), proper: true);
        // "Abe and Putin held talks": a surname alone names the one person the gazetteer knows by it.
        var names = gazetteer.Actors.SelectMany(a => a.Aliases.Append(a.Name).Concat(a.Capitals).Concat(a.Demonyms))
            .Concat(gazetteer.Territories.SelectMany(t => t.Aliases.Append(t.Name))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in gazetteer.People.GroupBy(p => Surname(p.Name), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1))
        {
            var surname = group.Key;
            if (surname.Length < 3 || CommonWords.Contains(surname) || names.Contains(surname) || group.Single().Aliases.Contains(surname)) continue;
            Add([surname], new Entity(MentionKind.Person, Person: group.Single()), proper: true, surnameOnly: true);
        }
        foreach (var role in gazetteer.Roles.Fixed)
            Add([role.Title], new Entity(MentionKind.Role, role.Actor, Role: role.Title), proper: false);
        foreach (var title in gazetteer.Roles.Generic)
            Add([title], new Entity(MentionKind.Role, Role: title), proper: false);
    }

    /// <summary>
    /// Its people, as a story names them when they vote or protest: "Crimeans", "Gibraltarians", "Kosovars", "Sahrawis",
    /// "Falkland Islanders". Adjectives in -ese or -ish have no plural of their own ("the Taiwanese").
    /// </summary>
    public static IEnumerable<string> Populace(Territory territory)
    {
        foreach (var adjective in territory.Adjectives)
            if (adjective.Length > 3 && (adjective.EndsWith("an") || adjective.EndsWith("ar") || adjective.EndsWith('i')))
                yield return adjective + "s";
        foreach (var name in territory.Aliases.Prepend(territory.Name))
            if (name.EndsWith(" Islands")) yield return name[..^" Islands".Length] + " Islanders";
    }

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>Surnames that are also words a sentence may begin with: "May", "Major", "Power", "Hunt".</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "May", "March", "June", "August", "Rice", "Brown", "Young", "King", "Price", "Long", "Bird", "Little", "Rich", "Hill", "Wood",
        "Stone", "Green", "White", "Black", "Gray", "Grey", "Power", "Love", "Best", "Strong", "Sharp", "Lord", "Bishop", "Major",
        "Cook", "Hunt", "Rose", "Hope", "Well", "Wells", "Hall", "Page", "Field", "Fields", "Ward", "Wise", "Bond", "Church",
        "Law", "Hart", "Marshall", "Gates", "Carter", "Mason", "Baker", "Miller", "Fisher", "Hunter", "Turner", "Walker",
        "Parker", "Said", "Ali", "Ben", "Don", "Guy", "Tom", "Art", "Sun", "Man", "Son", "Van", "Von", "Jr.", "Sr.",
        "Sen"
    };

    private void Add(IEnumerable<string> names, Entity entity, bool proper, bool surnameOnly = false)
    {
        foreach (var name in names.Distinct())
        {
            var tokens = Tokens.Of(name);
            if (tokens.Count == 0) continue;
            var capitals = tokens.Select(t => name.Substring(t.Start, t.Length))
                .Select(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w : null).ToArray();
            _trie.Add(tokens.Select(t => t.Lower).ToList(), new Entry(entity, capitals, proper, surnameOnly));
        }
    }

    public List<Mention> Find(string text, IReadOnlyList<Token> tokens)
    {
        var lower = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) lower[i] = tokens[i].Lower;

        var mentions = new List<Mention>();
        var covered = new bool[tokens.Count];
        var candidates = _trie.FindAllCandidates(lower);
        candidates.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        for (var c = 0; c < candidates.Count;)
        {
            var (start, length) = (candidates[c].Start, candidates[c].Length);
            var next = c;
            while (next < candidates.Count && candidates[next].Start == start && candidates[next].Length == length) next++;
            if (!Covered(covered, start, length))
            {
                var entities = new List<Entity>(next - c);
                for (var k = c; k < next; k++)
                    if (Fits(candidates[k].Value, text, tokens, start) && !entities.Contains(candidates[k].Value.Entity))
                        entities.Add(candidates[k].Value.Entity);
                if (entities.Count > 0)
                {
                    Array.Fill(covered, true, start, length);
                    mentions.Add(new Mention(start, start + length, entities, Surface(text, tokens, start, start + length)));
                }
            }
            c = next;
        }
        for (var i = 0; i < tokens.Count; i++)
            if (!covered[i] && Pronouns.Contains(tokens[i].Lower))
                mentions.Add(new Mention(i, i + 1, [new Entity(MentionKind.Pronoun, Role: tokens[i].Lower)], text.Substring(tokens[i].Start, tokens[i].Length)));
        _regionLists.Apply(text, tokens, mentions);
        return mentions;
    }

    public static string Surface(string text, IReadOnlyList<Token> tokens, int first, int end) =>
        text[tokens[first].Start..tokens[end - 1].End];

    private static bool Covered(bool[] covered, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (covered[i]) return true;
        return false;
    }

    /// <summary>A proper name needs a capital in the text; a name the gazetteer writes in capitals needs them too.</summary>
    private static bool Fits(Entry entry, string text, IReadOnlyList<Token> tokens, int start)
    {
        if (!entry.ProperName) return true;
        // "Hiroshi Kato" is someone else than the Katsunobu Kato the surname alone would name.
        if (entry.SurnameOnly && start > 0 && tokens[start - 1].Capitalized && tokens[start - 1].Kind == TokenKind.Word) return false;
        var anyCapital = false;
        for (var i = 0; i < entry.Capitals.Length; i++)
        {
            var token = tokens[start + i];
            if (entry.Capitals[i] is { } capitals && !text.AsSpan(token.Start, token.Length).SequenceEqual(capitals)) return false;
            anyCapital |= token.Capitalized;
        }
        return anyCapital;
    }
}
