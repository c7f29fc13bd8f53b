using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Evaluation;

/// <summary>Scores over a set of articles: micro-averaged overall and per event type, and speaker accuracy.</summary>
public sealed record EvaluationReport(
    Score Overall,
    IReadOnlyDictionary<string, Score> ByType,
    double? SpeakerAccuracy,
    int SpeakersAgreeing,
    int StatementsMatched,
    IReadOnlyList<ArticleScore> Articles)
{
    /// <summary>How often each gold stance (null: none) was read as each extracted stance (null: nothing).</summary>
    public IReadOnlyDictionary<(Stance? Gold, Stance? Extracted), int> Confusion { get; } = Articles
        .SelectMany(a => a.Stances).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());

    public static EvaluationReport Of(IReadOnlyList<ArticleScore> articles)
    {
        var byType = articles.SelectMany(a => a.ByType)
            .GroupBy(kv => kv.Key, kv => kv.Value)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(Score.Zero, (sum, s) => sum + s));
        var statements = articles.SelectMany(a => a.MatchedStatements).ToList();
        var agreeing = statements.Count(p => Scorer.SpeakersAgree(p.Extracted, p.Gold));
        return new EvaluationReport(
            byType.Values.Aggregate(Score.Zero, (sum, s) => sum + s),
            byType,
            statements.Count == 0 ? null : (double)agreeing / statements.Count,
            agreeing,
            statements.Count,
            articles);
    }
}
