using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Evaluation;

namespace PositionTracker.Evaluating;

/// <summary>Where an evaluation set lies: articles beside gold (and optional) files of the same stems, and which stems to score.</summary>
public sealed record EvaluationSet(string Articles, string Gold, string? Optional, StemFilter Stems);

/// <summary>One article as scored, with what the extractor made of it.</summary>
public sealed record EvaluatedArticle(string Stem, Article Article, Extraction.Extraction Extraction, ArticleScore Score);

/// <summary>
/// Runs the extractor over a folder of articles and scores it against the gold files of the same stems.
/// A gold event naming an id the gazetteer does not know still counts as gold (nothing can match it) and is
/// reported as a problem, so the score never silently improves by dropping what the extractor cannot name.
/// </summary>
public sealed class Evaluation(Extractor extractor, Gazetteer gazetteer, TimeProvider clock)
{
    /// <param name="other">Another extractor to score than the host's (the semantic reader on, for an ablation).</param>
    public (EvaluationReport Report, IReadOnlyList<EvaluatedArticle> Articles, IReadOnlyList<string> Problems) Run(EvaluationSet set, bool explain = false,
        Extractor? other = null)
    {
        var reading = other ?? extractor;
        var problems = new List<string>();
        var evaluated = new List<EvaluatedArticle>();
        foreach (var file in Directory.EnumerateFiles(set.Articles, "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            if (!set.Stems.Includes(stem)) continue;
            var goldFile = Path.Combine(set.Gold, stem + ".json");
            if (!File.Exists(goldFile))
            {
                problems.Add($"{file}: no gold file {goldFile}; left out of the scores");
                continue;
            }
            string? current = null;
            try
            {
                current = file;
                var article = ArticleFile.Parse(File.ReadAllBytes(file), Today);
                var source = new Provenance(article.Id, article.Outlet, article.Published, Provenance.Gold);
                current = goldFile;
                var gold = Annotations(goldFile, source, problems);
                // An optional event the gazetteer cannot name can excuse nothing, so it needs no warning.
                var optionalFile = set.Optional is null ? null : Path.Combine(set.Optional, stem + ".json");
                current = optionalFile;
                var optional = optionalFile is not null && File.Exists(optionalFile) ? Annotations(optionalFile, source, []) : [];
                var extraction = reading.Extract(article, explain);
                evaluated.Add(new EvaluatedArticle(stem, article, extraction, Scorer.Article(stem, extraction.Events, gold, optional)));
            }
            catch (Exception e) when (e is ArticleRejected or AnnotationRejected)
            {
                problems.Add($"{current}: {e.Message}; left out of the scores");
            }
        }
        return (EvaluationReport.Of(evaluated.Select(a => a.Score).ToList()), evaluated, problems);
    }

    /// <summary>
    /// Scores a sentence bank: each passage as an article, counting only the kind of event the bank is about
    /// (statements, or facts), so that a statement bank says nothing about talks in its passages and vice versa.
    /// </summary>
    public (EvaluationReport Report, IReadOnlyList<EvaluatedArticle> Articles) RunBank(string file, bool explain = false)
    {
        var passages = Bank.Parse(File.ReadAllText(file), gazetteer, Path.GetFileName(file));
        var statements = passages.SelectMany(p => p.Expected).All(e => e is StatementMade);
        bool Counted(IDerivedEvent e) => e is StatementMade == statements;
        var evaluated = passages.Select(p =>
        {
            var article = new Article(Path.GetFileName(file), null, p.Published, null, new Dictionary<string, string>(), p.Text);
            var extraction = extractor.Extract(article, explain);
            var own = extraction with { Events = extraction.Events.Where(Counted).ToList() };
            var name = $"line {p.Line}";
            return new EvaluatedArticle(name, article, own, Scorer.Article(name, own.Events, p.Expected));
        }).ToList();
        return (EvaluationReport.Of(evaluated.Select(a => a.Score).ToList()), evaluated);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IReadOnlyList<IDerivedEvent> Annotations(string file, Provenance source, List<string> problems)
    {
        var unknown = new List<string>();
        var events = AnnotationFile.Parse(File.ReadAllText(file), source, gazetteer, Today, unknown);
        problems.AddRange(unknown.Select(u => $"{file}: {u}; kept as gold that nothing can match"));
        return events;
    }
}

/// <summary>"101-105,201-205,foo": stems to take (or leave); a range covers the numeric stems between its ends.</summary>
public sealed class StemFilter(string? only, string? skip)
{
    public static readonly StemFilter All = new(null, null);

    private readonly List<string> _only = Parts(only);
    private readonly List<string> _skip = Parts(skip);

    public bool Includes(string stem) => (_only.Count == 0 || _only.Any(p => Covers(p, stem))) && !_skip.Any(p => Covers(p, stem));

    private static List<string> Parts(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static bool Covers(string part, string stem)
    {
        var dash = part.IndexOf('-');
        if (dash > 0 && int.TryParse(part[..dash], out var from) && int.TryParse(part[(dash + 1)..], out var to) && int.TryParse(stem, out var n))
            return n >= from && n <= to;
        return string.Equals(part, stem, StringComparison.OrdinalIgnoreCase);
    }
}
