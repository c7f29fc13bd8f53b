using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Mentions;

/// <summary>
/// "The Kyiv, Chernihiv and Sumy regions", "the Paracel and Spratly islands": names that mean a region only before a
/// plural "regions" or "islands" (alone, "Kyiv" is the government and "Sumy" a city). Each name of such a list becomes
/// that territory's mention.
/// </summary>
public sealed class RegionLists
{
    private static readonly string[] RegionWords = ["region", "oblast", "province", "islands"];

    private readonly Dictionary<string, string> _byBareName = new(StringComparer.OrdinalIgnoreCase);

    public RegionLists(Gazetteer gazetteer)
    {
        foreach (var territory in gazetteer.Territories)
            foreach (var name in territory.Aliases.Append(territory.Name))
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "the").ToArray();
                if (words.Length >= 2 && RegionWords.Contains(words[^1], StringComparer.OrdinalIgnoreCase))
                    _byBareName.TryAdd(string.Join(' ', words[..^1]), territory.Id);
                // "the Kinmen and Matsu islands": a territory named without the word may stand in such a list too.
                else if (words.Length == 1 && territory.Kind is "island" or "island group") _byBareName.TryAdd(words[0], territory.Id);
            }
    }

    public void Apply(string text, IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("regions" or "oblasts" or "provinces" or "islands")) continue;
            var names = new List<(int First, int End, string Territory)>();
            var at = i;
            while (at > 0)
            {
                var end = at;
                var first = end - 1;
                while (first > 0 && tokens[first - 1].Capitalized && tokens[first - 1].Kind == TokenKind.Word && end - first < 3) first--;
                if (!tokens[first].Capitalized) break;
                var name = EntityRecognizer.Surface(text, tokens, first, end);
                if (!_byBareName.TryGetValue(name, out var territory)) break;
                names.Add((first, end, territory));
                if (first == 0 || tokens[first - 1].Lower is not ("," or "and" or "or")) break;
                at = first - 1;
                if (tokens[at].Lower == "and" && at > 0 && tokens[at - 1].Lower == ",") at--;
            }
            if (names.Count < 2) continue;
            foreach (var (first, end, territory) in names)
            {
                mentions.RemoveAll(m => m.First < end && first < m.End);
                mentions.Add(new Mention(first, end, [new Entity(MentionKind.Territory, Territory: territory)], EntityRecognizer.Surface(text, tokens, first, end)));
            }
        }
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }
}
