using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;

namespace PositionTracker.Extraction.Discourse;

/// <summary>Where a sentence points at territories, and which: a name, a group, or a phrase that refers back.</summary>
public readonly record struct TerritorySpot(int First, int End, IReadOnlyList<string> Territories, bool Explicit);

public static class TerritorySpots
{
    /// <summary>
    /// Names and groups count as they stand; "the annexed regions" means those the article says were annexed;
    /// "those territories" the last several named, "the peninsula" the last one. A group whose name needs the
    /// article's own words ("the four regions") counts only when the article names most of its members.
    /// </summary>
    public static List<TerritorySpot> In(Reading r, Context context)
    {
        var spots = new List<TerritorySpot>();
        foreach (var m in r.Mentions)
        {
            if (m.Of(MentionKind.Territory) is { } territory && !(m.Is(MentionKind.Actor) && r.ActsAsActor(m)))
                spots.Add(new TerritorySpot(m.First, m.End, [territory.Territory!], true));
            else if (m.Of(MentionKind.Group)?.Group is { } group
                     && (!group.NeedsContext || group.Members.Count(context.NamedInArticle.Contains) * 2 >= group.Members.Count))
                spots.Add(new TerritorySpot(m.First, m.End, group.Members, true));
        }
        foreach (var reference in r.References)
        {
            if (spots.Any(s => s.First < reference.End && reference.First < s.End)) continue;
            // "In the West Bank, Israel controls 60 percent of the territory": the sentence's own territory, if it has one.
            var before = spots.Where(s => s.End <= reference.First && s.Explicit).SelectMany(s => s.Territories).Distinct().ToList();
            var (sentence, paragraph) = (r.Sentence.Index, r.Sentence.Paragraph);
            // "The four regions" in the ninth paragraph still means the regions the lead named; "them" does not reach so far.
            IReadOnlyList<string> Several() => context.Recent(sentence, paragraph, wanting: 2) is { Count: > 0 } near
                ? near
                : context.Recent(sentence, paragraph, wanting: 2, reach: Context.Story);
            IReadOnlyList<string> meant = reference.Value switch
            {
                TerritoryReferenceKind.Singular when before.Count == 1 => before,
                // "the heads of the Donetsk, Luhansk and Kherson regions, under which the three territories join": the list just given.
                TerritoryReferenceKind.Listed or TerritoryReferenceKind.Plural when before.Count >= 2 => before,
                TerritoryReferenceKind.Others => Several().Except(before).ToList(),
                TerritoryReferenceKind.Annexed when context.Annexed.Count > 0 => context.Annexed.Order(StringComparer.Ordinal).ToList(),
                TerritoryReferenceKind.Annexed or TerritoryReferenceKind.Listed => Several(),
                TerritoryReferenceKind.Plural => context.Recent(sentence, paragraph, wanting: 2),
                TerritoryReferenceKind.Voted when before.Count > 0 => before,
                TerritoryReferenceKind.Voted => context.Recent(sentence, paragraph, reach: Context.Story),
                _ => context.Recent(sentence, paragraph, wanting: 1),
            };
            if (meant.Count > 0) spots.Add(new TerritorySpot(reference.First, reference.End, meant, false));
        }
        spots.Sort((a, b) => a.First.CompareTo(b.First));
        return spots;
    }

    public static IReadOnlyList<string> Ids(IEnumerable<TerritorySpot> spots) =>
        spots.SelectMany(s => s.Territories).Distinct().ToList();
}
