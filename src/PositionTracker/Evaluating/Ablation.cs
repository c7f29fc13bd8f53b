using System.Text;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Evaluation;
using PositionTracker.Extraction.Semantic;

namespace PositionTracker.Evaluating;

/// <summary>
/// The patterns alone against the patterns with the semantic stance reader, on one set: per event type, per stance,
/// and what the reader itself supplied and how much of it was right.
/// </summary>
public static class Ablation
{
    public static string Text(EvaluationReport patterns, EvaluationReport semantic, IReadOnlyList<EvaluatedArticle> articles, double threshold)
    {
        var text = new StringBuilder();
        text.AppendLine($"ablation: extractor {Extractor.Version} by the patterns alone, then with the semantic stance reader (threshold {threshold:0.00}), on {patterns.Articles.Count} articles");
        text.AppendLine();
        text.AppendLine($"  {"",-24} {"patterns alone",-26} {"with the reader",-26} change");
        text.AppendLine($"  {"",-24} {"P      R      F1",-26} {"P      R      F1",-26} F1");
        foreach (var (name, a, b) in Rows(patterns, semantic))
            text.AppendLine($"  {name,-24} {Cells(a),-26} {Cells(b),-26} {b.F1 - a.F1:+0.000;-0.000;0.000}");
        var (supplied, right, excused) = Supplied(articles);
        text.AppendLine();
        text.AppendLine($"  the reader supplied {supplied} statements: {right} matched gold, {excused} matched only an optional event, {supplied - right - excused} spurious");
        return text.ToString();
    }

    public static object Json(EvaluationReport patterns, EvaluationReport semantic, IReadOnlyList<EvaluatedArticle> articles, double threshold)
    {
        var (supplied, right, excused) = Supplied(articles);
        return new
        {
            extractor = Extractor.Version,
            threshold,
            articles = patterns.Articles.Count,
            rows = Rows(patterns, semantic).Select(r => new { name = r.Name, patterns = Figures(r.Patterns), semantic = Figures(r.Semantic) }),
            supplied = new { statements = supplied, matched = right, optionalOnly = excused, spurious = supplied - right - excused },
        };
    }

    private static IEnumerable<(string Name, Score Patterns, Score Semantic)> Rows(EvaluationReport a, EvaluationReport b)
    {
        yield return ("overall (micro)", a.Overall, b.Overall);
        foreach (var type in a.ByType.Keys.Union(b.ByType.Keys).Order(StringComparer.Ordinal))
            yield return (type, a.ByType.GetValueOrDefault(type, Score.Zero), b.ByType.GetValueOrDefault(type, Score.Zero));
        foreach (var stance in Enum.GetValues<Stance>())
            yield return ($"  {stance}", OfStance(a, stance), OfStance(b, stance));
    }

    /// <summary>A stance's own score, from the confusion table: read as it, annotated as it, and both.</summary>
    private static Score OfStance(EvaluationReport report, Stance stance) => new(
        report.Confusion.GetValueOrDefault((stance, stance)),
        report.Confusion.Where(kv => kv.Key.Extracted == stance).Sum(kv => kv.Value),
        report.Confusion.Where(kv => kv.Key.Gold == stance).Sum(kv => kv.Value));

    private static (int Supplied, int Matched, int Excused) Supplied(IReadOnlyList<EvaluatedArticle> articles)
    {
        bool BySemantic(IDerivedEvent e) => e.Source.Evidence?.Rule == SemanticStanceReader.RuleId;
        var supplied = articles.Sum(a => a.Extraction.Events.Count(BySemantic));
        var excused = articles.Sum(a => a.Score.Excused.Count(BySemantic));
        var spurious = articles.Sum(a => a.Score.Spurious.Count(BySemantic));
        return (supplied, supplied - excused - spurious, excused);
    }

    private static string Cells(Score s) => $"{s.Precision:0.000}  {s.Recall:0.000}  {s.F1:0.000}";

    private static object Figures(Score s) => new { precision = s.Precision, recall = s.Recall, f1 = s.F1, s.Matched, s.Extracted, s.Gold };
}
