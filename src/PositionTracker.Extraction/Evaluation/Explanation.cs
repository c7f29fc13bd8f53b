using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Evaluation;

/// <summary>
/// Why the extractor missed or made up an event: the sentence it came from (or, for a miss, the sentence that
/// most likely holds it) and the notes the rules left on that sentence.
/// </summary>
public sealed class Explanation(Gazetteer gazetteer)
{
    public IEnumerable<string> OfSpurious(IDerivedEvent e, Article article, Extraction extraction)
    {
        if (e.Source.Evidence is not { } evidence) return ["(no evidence recorded)"];
        var sentence = SentenceAt(extraction, evidence.SentenceStart);
        return [$"rule {evidence.Rule ?? "?"} in: {Quote(article, extraction, sentence)}", .. NotesOn(extraction, sentence)];
    }

    public IEnumerable<string> OfMissed(IDerivedEvent gold, Article article, Extraction extraction)
    {
        var sentence = LikelySentence(gold, article, extraction);
        if (sentence < 0) return ["no sentence of the article's own text names it (page furniture, or the article's words differ)"];
        var notes = NotesOn(extraction, sentence).ToList();
        return [$"likely in: {Quote(article, extraction, sentence)}", .. notes.Count > 0 ? notes : ["no rule fired on that sentence"]];
    }

    private static IEnumerable<string> NotesOn(Extraction extraction, int sentence) =>
        extraction.Notes.Where(n => n.Sentence == sentence).Select(n => $"{n.Rule}: {n.Text}");

    private static string Quote(Article article, Extraction extraction, int sentence) =>
        sentence < 0 ? "(unknown sentence)" : $"[{sentence}] \"{extraction.SentenceSpans[sentence].Of(article.Body)}\"";

    private static int SentenceAt(Extraction extraction, int offset)
    {
        for (var i = 0; i < extraction.SentenceSpans.Count; i++)
            if (extraction.SentenceSpans[i].Contains(offset)) return i;
        return -1;
    }

    /// <summary>The sentence holding the gold quote, else the one naming most of the event's territory, actors and speaker.</summary>
    private int LikelySentence(IDerivedEvent gold, Article article, Extraction extraction)
    {
        if (gold is StatementMade { Quote: { Length: > 0 } quote })
        {
            var at = article.Body.IndexOf(quote, StringComparison.Ordinal);
            if (at >= 0 && SentenceAt(extraction, at) is >= 0 and var quoted) return quoted;
        }
        var names = Names(gold).Where(n => n.Length > 2).ToList();
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < extraction.SentenceSpans.Count; i++)
        {
            var text = extraction.SentenceSpans[i].Of(article.Body);
            var score = names.Count(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        return best;
    }

    private IEnumerable<string> Names(IDerivedEvent e)
    {
        IEnumerable<string> territory = Reextraction.TerritoryOf(e) is { } id && gazetteer.TerritoryById(id) is { } t
            ? [t.Name, .. t.Aliases, .. t.Adjectives]
            : [];
        IEnumerable<string> actors = (e switch
        {
            StatementMade s => [s.Actor],
            TerritoryAnnexed a => [a.By],
            TalksHeld talks => talks.Parties,
            SanctionsImposed x => x.By.Append(x.Against),
            ControlReported c => [c.Controller],
            _ => Array.Empty<string>(),
        }).SelectMany(code => gazetteer.ActorByCode(code) is { } a ? [a.Name, .. a.Aliases, .. a.Demonyms, .. a.Capitals, .. a.Metonyms] : Array.Empty<string>());
        IEnumerable<string> speaker = e is StatementMade { Speaker: { } name } ? [name.Split(' ')[^1]] : [];
        return territory.Concat(actors).Concat(speaker).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
