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
    private sealed record Entry(Entity Entity, IReadOnlyList<string> Written, bool ProperName);

    private readonly PhraseTrie<Entry> _trie = new();

    private static readonly HashSet<string> Pronouns = ["he", "she", "it", "they"];

    public EntityRecognizer(Gazetteer gazetteer)
    {
        foreach (var actor in gazetteer.Actors)
        {
            Add([actor.Name, .. actor.Aliases], new Entity(MentionKind.Actor, actor.Code, ActorForm.Name), proper: true);
            Add(actor.Demonyms, new Entity(MentionKind.Actor, actor.Code, ActorForm.Demonym), proper: true);
            Add(actor.Capitals, new Entity(MentionKind.Actor, actor.Code, ActorForm.Capital), proper: true);
            Add(actor.Metonyms, new Entity(MentionKind.Actor, actor.Code, ActorForm.Metonym), proper: true);
        }
        foreach (var territory in gazetteer.Territories)
            Add([territory.Name, .. territory.Aliases, .. territory.Adjectives], new Entity(MentionKind.Territory, Territory: territory.Id), proper: true);
        foreach (var group in gazetteer.Groups)
            Add([group.Name, .. group.Aliases], new Entity(MentionKind.Group, Group: group), proper: false);
        foreach (var person in gazetteer.People)
            Add([person.Name, .. person.Aliases], new Entity(MentionKind.Person, Person: person), proper: true);
        foreach (var role in gazetteer.Roles.Fixed)
            Add([role.Title], new Entity(MentionKind.Role, role.Actor, Role: role.Title), proper: false);
        foreach (var title in gazetteer.Roles.Generic)
            Add([title], new Entity(MentionKind.Role, Role: title), proper: false);
    }

    private void Add(IEnumerable<string> names, Entity entity, bool proper)
    {
        foreach (var name in names.Distinct())
        {
            var tokens = Tokens.Of(name);
            if (tokens.Count == 0) continue;
            var written = tokens.Select(t => name.Substring(t.Start, t.Length)).ToList();
            _trie.Add(tokens.Select(t => t.Lower).ToList(), new Entry(entity, written, proper));
        }
    }

    public List<Mention> Find(string text, IReadOnlyList<Token> tokens)
    {
        var lower = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) lower[i] = tokens[i].Lower;

        var mentions = new List<Mention>();
        var covered = new bool[tokens.Count];
        foreach (var group in _trie.FindAllCandidates(lower).GroupBy(m => (m.Start, m.Length)).OrderByDescending(g => g.Key.Length).ThenBy(g => g.Key.Start))
        {
            var (start, length) = group.Key;
            if (Enumerable.Range(start, length).Any(i => covered[i])) continue;
            var entities = group.Where(m => Fits(m.Value, text, tokens, start)).Select(m => m.Value.Entity).Distinct().ToList();
            if (entities.Count == 0) continue;
            for (var i = start; i < start + length; i++) covered[i] = true;
            mentions.Add(new Mention(start, start + length, entities, Surface(text, tokens, start, start + length)));
        }
        for (var i = 0; i < tokens.Count; i++)
            if (!covered[i] && Pronouns.Contains(tokens[i].Lower))
                mentions.Add(new Mention(i, i + 1, [new Entity(MentionKind.Pronoun, Role: tokens[i].Lower)], text.Substring(tokens[i].Start, tokens[i].Length)));
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        return mentions;
    }

    public static string Surface(string text, IReadOnlyList<Token> tokens, int first, int end) =>
        text[tokens[first].Start..tokens[end - 1].End];

    /// <summary>A proper name needs a capital in the text; a name the gazetteer writes in capitals needs them too.</summary>
    private static bool Fits(Entry entry, string text, IReadOnlyList<Token> tokens, int start)
    {
        if (!entry.ProperName) return true;
        var anyCapital = false;
        for (var i = 0; i < entry.Written.Count; i++)
        {
            var token = tokens[start + i];
            var written = entry.Written[i];
            if (written.Length > 1 && written.All(c => !char.IsLetter(c) || char.IsUpper(c))
                && !string.Equals(text.Substring(token.Start, token.Length), written, StringComparison.Ordinal)) return false;
            anyCapital |= token.Capitalized;
        }
        return anyCapital;
    }
}
