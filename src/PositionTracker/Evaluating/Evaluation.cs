using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Evaluation;

namespace PositionTracker.Evaluating;

/// <summary>Runs the extractor over a folder of articles and scores it against the gold files of the same stems.</summary>
public sealed class Evaluation(Extractor extractor, Gazetteer gazetteer)
{
    public (EvaluationReport Report, IReadOnlyList<string> Problems) Run(string articles, string gold)
    {
        var problems = new List<string>();
        var scores = new List<ArticleScore>();
        foreach (var file in Directory.EnumerateFiles(articles, "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var goldFile = Path.Combine(gold, stem + ".json");
            if (!File.Exists(goldFile))
            {
                problems.Add($"{file}: no gold file {goldFile}; left out of the scores");
                continue;
            }
            try
            {
                var article = ArticleFile.Parse(File.ReadAllBytes(file));
                var source = new Provenance(article.Id, article.Outlet, article.Published, Provenance.Gold);
                var expected = AnnotationFile.Parse(File.ReadAllText(goldFile), source, gazetteer);
                scores.Add(Scorer.Article(stem, extractor.Extract(article).Events, expected));
            }
            catch (Exception e) when (e is ArticleRejected or AnnotationRejected)
            {
                problems.Add($"{(e is ArticleRejected ? file : goldFile)}: {e.Message}; left out of the scores");
            }
        }
        return (EvaluationReport.Of(scores), problems);
    }
}
