using System.Text;
using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Evaluation;

namespace PositionTracker.Evaluating;

public sealed class EvalInput : JsonInput
{
    [Description("Folder of article files (NN.txt)")]
    public string ArticlesFlag { get; set; } = "seeds/articles";

    [Description("Folder of gold files with the same stems (NN.json)")]
    public string GoldFlag { get; set; } = "seeds/gold";
}

[Description("Score the extractor against gold annotations: precision, recall and F1 per event type, speaker accuracy, and what was missed or made up", Name = "eval")]
public sealed class EvalCommand : JasperFxAsyncCommand<EvalInput>
{
    public override Task<bool> Execute(EvalInput input)
    {
        foreach (var (folder, flag) in new[] { (input.ArticlesFlag, "--articles"), (input.GoldFlag, "--gold") })
            if (!Directory.Exists(folder))
            {
                Cli.Fail($"{flag} {folder}: no such folder");
                return Task.FromResult(false);
            }

        using var host = input.BuildHost();
        var (report, problems) = host.Services.GetRequiredService<Evaluation>().Run(input.ArticlesFlag, input.GoldFlag);
        foreach (var problem in problems) Console.Error.WriteLine(problem);
        if (input.JsonFlag) Cli.PrintJson(Json(report));
        else Console.Write(Text(report, input));
        return Task.FromResult(report.Articles.Count > 0);
    }

    private static object Json(EvaluationReport r) => new
    {
        extractor = Extractor.Version,
        articles = r.Articles.Count,
        overall = Figures(r.Overall),
        byType = r.ByType.ToDictionary(t => t.Key, t => Figures(t.Value)),
        speakerAccuracy = r.SpeakerAccuracy,
        speakersAgreeing = r.SpeakersAgreeing,
        statementsMatched = r.StatementsMatched,
        perArticle = r.Articles.Select(a => new
        {
            article = a.Article,
            scores = Figures(a.ByType.Values.Aggregate(Score.Zero, (sum, s) => sum + s)),
            missed = a.Missed.Select(Line),
            spurious = a.Spurious.Select(Line),
        }),
    };

    private static object Figures(Score s) => new
    {
        precision = Math.Round(s.Precision, 4),
        recall = Math.Round(s.Recall, 4),
        f1 = Math.Round(s.F1, 4),
        matched = s.Matched,
        extracted = s.Extracted,
        gold = s.Gold,
    };

    private static string Line(IDerivedEvent e) => $"{e.GetType().Name} {e.Date}: {ArticleRecord.Describe(e)}";

    private static string Text(EvaluationReport r, EvalInput input)
    {
        var text = new StringBuilder();
        text.AppendLine($"extractor {Extractor.Version} on {r.Articles.Count} articles ({input.ArticlesFlag} against {input.GoldFlag})");
        text.AppendLine();
        text.AppendLine($"  {"type",-18} {"precision",9} {"recall",7} {"F1",6}   matched / extracted / gold");
        foreach (var (type, score) in r.ByType) text.AppendLine(Row(type, score));
        text.AppendLine(Row("overall (micro)", r.Overall));
        text.AppendLine();
        text.AppendLine(r.SpeakerAccuracy is { } accuracy
            ? $"  speaker accuracy on matched statements: {accuracy:F3} ({r.SpeakersAgreeing} of {r.StatementsMatched})"
            : "  speaker accuracy: no statements matched");
        foreach (var a in r.Articles.Where(a => a.Missed.Count + a.Spurious.Count > 0))
        {
            text.AppendLine();
            text.AppendLine($"  {a.Article}:");
            foreach (var e in a.Missed) text.AppendLine($"    missed    {Line(e)}");
            foreach (var e in a.Spurious) text.AppendLine($"    spurious  {Line(e)}");
        }
        return text.ToString();
    }

    private static string Row(string name, Score s) =>
        $"  {name,-18} {s.Precision,9:F3} {s.Recall,7:F3} {s.F1,6:F3}   {s.Matched} / {s.Extracted} / {s.Gold}";
}
