using System.Text;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Evaluation;

namespace PositionTracker.Evaluating;

/// <summary>The eval verb's output, as text for a person or JSON for a script.</summary>
public static class EvalReport
{
    public static object Json(EvaluationReport r, IReadOnlyList<EvaluatedArticle> articles, Explanation? explanation) => new
    {
        extractor = Extractor.Version,
        articles = r.Articles.Count,
        overall = Figures(r.Overall),
        byType = r.ByType.ToDictionary(t => t.Key, t => Figures(t.Value)),
        speakerAccuracy = r.SpeakerAccuracy,
        speakersAgreeing = r.SpeakersAgreeing,
        statementsMatched = r.StatementsMatched,
        excusedByOptional = r.Articles.Sum(a => a.Excused.Count),
        stanceConfusion = r.Confusion.Select(c => new { gold = c.Key.Gold?.ToString(), extracted = c.Key.Extracted?.ToString(), count = c.Value }),
        perArticle = articles.Select(a => new
        {
            article = a.Stem,
            scores = Figures(a.Score.ByType.Values.Aggregate(Score.Zero, (sum, s) => sum + s)),
            missed = a.Score.Missed.Select(e => Explained(e, Line(e), explanation?.OfMissed(e, a.Article, a.Extraction))),
            spurious = a.Score.Spurious.Select(e => Explained(e, Line(e), explanation?.OfSpurious(e, a.Article, a.Extraction))),
            excused = a.Score.Excused.Select(Line),
        }),
    };

    private static object Explained(IDerivedEvent e, string line, IEnumerable<string>? why) =>
        why is null ? line : new { @event = line, why };

    private static object Figures(Score s) => new
    {
        precision = Math.Round(s.Precision, 4),
        recall = Math.Round(s.Recall, 4),
        f1 = Math.Round(s.F1, 4),
        matched = s.Matched,
        extracted = s.Extracted,
        gold = s.Gold,
    };

    public static string Line(IDerivedEvent e) => $"{e.GetType().Name} {e.Date}: {ArticleRecord.Describe(e)}";

    public static string Text(EvaluationReport r, EvaluationSet set, IReadOnlyList<EvaluatedArticle> articles, Explanation? explanation)
    {
        var text = new StringBuilder();
        text.AppendLine($"extractor {Extractor.Version} on {r.Articles.Count} articles ({set.Articles} against {set.Gold}" +
                        (set.Optional is null ? ", no optional events" : $", optional events in {set.Optional}") + ")");
        text.AppendLine();
        text.AppendLine($"  {"type",-18} {"precision",9} {"recall",7} {"F1",6}   matched / extracted / gold");
        foreach (var (type, score) in r.ByType) text.AppendLine(Row(type, score));
        text.AppendLine(Row("overall (micro)", r.Overall));
        text.AppendLine();
        text.AppendLine(r.SpeakerAccuracy is { } accuracy
            ? $"  speaker accuracy on matched statements: {accuracy:F3} ({r.SpeakersAgreeing} of {r.StatementsMatched})"
            : "  speaker accuracy: no statements matched");
        var excused = r.Articles.Sum(a => a.Excused.Count);
        if (excused > 0) text.AppendLine($"  {excused} extracted events matched only an optional event and count neither way");
        text.AppendLine();
        Confusion(text, r);
        foreach (var a in articles.Where(a => a.Score.Missed.Count + a.Score.Spurious.Count > 0))
        {
            text.AppendLine();
            text.AppendLine($"  {a.Stem}:");
            foreach (var e in a.Score.Missed) Event(text, "missed", e, explanation?.OfMissed(e, a.Article, a.Extraction));
            foreach (var e in a.Score.Spurious) Event(text, "spurious", e, explanation?.OfSpurious(e, a.Article, a.Extraction));
        }
        return text.ToString();
    }

    private static void Event(StringBuilder text, string kind, IDerivedEvent e, IEnumerable<string>? why)
    {
        text.AppendLine($"    {kind,-9} {Line(e)}");
        foreach (var line in why ?? []) text.AppendLine($"                {line}");
    }

    /// <summary>Rows are the gold stances, columns what the extractor read; "-" is no statement at all.</summary>
    private static void Confusion(StringBuilder text, EvaluationReport r)
    {
        Stance?[] stances = [.. Enum.GetValues<Stance>().Cast<Stance?>(), null];
        static string Short(Stance? s) => s?.ToString() switch { null => "-", var n => new string(n.Where(char.IsUpper).ToArray()) };
        text.AppendLine("  stance confusion (rows: gold, columns: extracted; - is none; " +
                        string.Join(", ", Enum.GetValues<Stance>().Select(s => $"{Short(s)} {s}")) + ")");
        text.AppendLine($"  {"",-22}" + string.Concat(stances.Select(s => $"{Short(s),5}")));
        foreach (var gold in stances)
        {
            var cells = stances.Select(e => r.Confusion.GetValueOrDefault((gold, e)));
            if (cells.All(c => c == 0)) continue;
            text.AppendLine($"  {gold?.ToString() ?? "- (not in gold)",-22}" + string.Concat(cells.Select(c => c == 0 ? "    ." : $"{c,5}")));
        }
    }

    private static string Row(string name, Score s) =>
        $"  {name,-18} {s.Precision,9:F3} {s.Recall,7:F3} {s.F1,6:F3}   {s.Matched} / {s.Extracted} / {s.Gold}";
}
