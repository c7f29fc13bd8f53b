using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Mentions;

/// <summary>
/// Names the gazetteer does not know: a run of capitalised words right after an office ("spokesman Ana
/// Ruiz"), right before one (", the foreign minister"), set off by commas after one ("its ambassador in London,
/// Ana Ruiz,"), or right beside a verb of speech ("Ana Ruiz said").
/// </summary>
public static class People
{
    private static readonly HashSet<string> NotNames =
    [
        "the", "a", "an", "on", "in", "at", "for", "and", "but", "of", "to", "by", "with", "from", "as", "after", "before",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
        "president", "minister", "prime", "foreign", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    ];

    /// <summary>Words that end the name of a body, not a person: "Mainland Affairs Council".</summary>
    private static readonly HashSet<string> Bodies =
    [
        "council", "ministry", "office", "agency", "committee", "party", "front", "army", "forces", "government", "parliament",
        "assembly", "commission", "department", "service", "court", "union", "times", "post", "news", "press", "tv", "media",
        "bank", "group", "institute", "center", "centre", "administration", "guard", "navy", "police", "authority", "authorities",
    ];

    public static void AddUnknown(string text, IReadOnlyList<Token> tokens, List<Mention> mentions, Func<int, bool> isSpeechVerbAt)
    {
        // "said Pavel Orlov, a political analyst": a known surname ("Pavel", Czechia's president) that a name of another
        // person runs on from is that person's first name.
        mentions.RemoveAll(m => m.End - m.First == 1 && m.Entities.Count == 1 && m.Of(MentionKind.Person)?.Person is not null
                                && m.End < tokens.Count && IsNameWord(tokens[m.End], mentions.Any(o => o.First <= m.End && m.End < o.End)));
        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
            for (var i = m.First; i < m.End; i++) covered[i] = true;

        var found = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(tokens[i], covered[i])) continue;
            var end = i;
            while (end < tokens.Count && end - i < 4 && IsNameWord(tokens[end], covered[end])) end++;
            var speechBeside = (end < tokens.Count && isSpeechVerbAt(end)) || (i > 0 && isSpeechVerbAt(i - 1));
            if (Bodies.Contains(tokens[end - 1].Lower)) { i = end - 1; continue; }
            if ((end - i >= 2 && Beside(mentions, tokens, i, end, isSpeechVerbAt)) || (end - i == 1 && speechBeside))
                found.Add(new Mention(i, end, [new Entity(MentionKind.Person)], EntityRecognizer.Surface(text, tokens, i, end)));
            i = end - 1;
        }
        mentions.AddRange(found);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool IsNameWord(Token token, bool covered) =>
        !covered && token.Kind == TokenKind.Word && token.Capitalized && !NotNames.Contains(token.Lower) && token.Lower.Length > 1;

    private static bool Beside(List<Mention> mentions, IReadOnlyList<Token> tokens, int first, int end, Func<int, bool> isSpeechVerbAt)
    {
        var roleBefore = mentions.Any(m => m.End == first && m.Is(MentionKind.Role));
        var roleAfter = end + 1 < tokens.Count && tokens[end].Lower == ","
                        && mentions.Any(m => m.Is(MentionKind.Role) && m.First >= end + 1 && m.First <= end + 2);
        var speech = (end < tokens.Count && isSpeechVerbAt(end)) || (first > 0 && isSpeechVerbAt(first - 1));
        // "Its ambassador in London, Alicia Castro, said": set off by commas a few words after an office.
        var apposition = first > 1 && tokens[first - 1].Lower == "," && (end == tokens.Count || tokens[end].Lower is "," or "said" or "told")
                         && mentions.Any(m => m.Is(MentionKind.Role) && m.End < first && first - 1 - m.End <= 3);
        return roleBefore || roleAfter || speech || apposition;
    }
}
