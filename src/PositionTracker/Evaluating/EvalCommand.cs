using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Evaluation;
using PositionTracker.Extraction.Semantic;

namespace PositionTracker.Evaluating;

public sealed class EvalInput : JsonInput
{
    [Description("The evaluation set: a folder holding articles/, gold/ and optionally optional/ (default seeds/dev), or a sentence bank file (.bank)")]
    public string Set { get; set; } = "seeds/dev";

    [Description("Folder of article files (NN.txt), instead of SET/articles")]
    public string? ArticlesFlag { get; set; }

    [Description("Folder of gold files with the same stems (NN.json), instead of SET/gold")]
    public string? GoldFlag { get; set; }

    [Description("Folder of optional events (NN.json): an extracted event matching one, and no gold event, counts neither way; default SET/optional, or optional/ beside --gold")]
    public string? OptionalFlag { get; set; }

    [Description("Score only these stems, like 101-105,201-205 or 03")]
    public string? OnlyFlag { get; set; }

    [Description("Leave out these stems, like 101-105,201-205")]
    public string? SkipFlag { get; set; }

    [Description("Write each article's extracted events to DIR/NN.json, in the shape of a gold file")]
    public string? WriteFlag { get; set; }

    [Description("For each missed and spurious event, print its sentence and the rules that fired or declined there")]
    public bool ExplainFlag { get; set; }

    [Description("Also read stances with the semantic stance reader where no pattern found one (loads a 90 MB model)")]
    public bool SemanticFlag { get; set; }

    [Description("Score twice, by the patterns alone and with the semantic stance reader, and print the two side by side")]
    public bool AblationFlag { get; set; }

    [Description("With --semantic or --ablation: the least probability at which the reader supplies a stance (default: the shipped model's)")]
    public double? ThresholdFlag { get; set; }

    public EvaluationSet Resolve()
    {
        var gold = GoldFlag ?? Path.Combine(Set, "gold");
        var optional = OptionalFlag ?? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(gold)) ?? "", "optional");
        return new EvaluationSet(ArticlesFlag ?? Path.Combine(Set, "articles"), gold,
            Directory.Exists(optional) ? optional : null, new StemFilter(OnlyFlag, SkipFlag));
    }
}

[Description("Score the extractor against gold annotations: precision, recall and F1 per event type, speaker accuracy, a stance confusion table, and what was missed or made up", Name = "eval")]
public sealed class EvalCommand : JasperFxAsyncCommand<EvalInput>
{
    public EvalCommand()
    {
        Usage("Score the development set (seeds/dev)");
        Usage("Score another set laid out the same way, or a sentence bank (a .bank file)").Arguments(x => x.Set);
    }

    public override Task<bool> Execute(EvalInput input)
    {
        if (input.Set.EndsWith(".bank", StringComparison.Ordinal)) return Task.FromResult(ScoreBank(input));
        var set = input.Resolve();
        foreach (var (folder, flag) in new[] { (set.Articles, "--articles"), (set.Gold, "--gold") })
            if (!Directory.Exists(folder))
            {
                Cli.Fail($"{flag} {folder}: no such folder (give a set folder holding articles/ and gold/, or --articles and --gold)");
                return Task.FromResult(false);
            }
        if (input.OptionalFlag is { } optional && !Directory.Exists(optional))
        {
            Cli.Fail($"--optional {optional}: no such folder");
            return Task.FromResult(false);
        }

        using var host = input.BuildHost();
        var evaluation = host.Services.GetRequiredService<Evaluation>();
        if (input.AblationFlag)
        {
            var patterns = evaluation.Run(set);
            var reader = Reader(host, input.ThresholdFlag);
            var semantic = evaluation.Run(set, other: new Extractor(host.Services.GetRequiredService<Gazetteer>(), reader));
            foreach (var problem in patterns.Problems) Console.Error.WriteLine(Terminal.Safe(problem));
            if (input.JsonFlag) Cli.PrintJson(Ablation.Json(patterns.Report, semantic.Report, semantic.Articles, reader.Classifier.Threshold));
            else Terminal.Write(Ablation.Text(patterns.Report, semantic.Report, semantic.Articles, reader.Classifier.Threshold));
            return Task.FromResult(patterns.Report.Articles.Count > 0);
        }
        var (report, articles, problems) = evaluation.Run(set, input.ExplainFlag,
            input.SemanticFlag ? new Extractor(host.Services.GetRequiredService<Gazetteer>(), Reader(host, input.ThresholdFlag)) : null);
        foreach (var problem in problems) Console.Error.WriteLine(Terminal.Safe(problem));
        if (report.Articles.Count == 0) Cli.Fail($"no article in {set.Articles} was scored");
        if (input.WriteFlag is { } write)
        {
            Directory.CreateDirectory(write);
            foreach (var a in articles) File.WriteAllText(Path.Combine(write, a.Stem + ".json"), AnnotationWriter.Write(a.Extraction.Events));
            Console.Error.WriteLine($"wrote the extracted events of {articles.Count} articles to {write}");
        }
        var explanation = input.ExplainFlag ? host.Services.GetRequiredService<Explanation>() : null;
        if (input.JsonFlag) Cli.PrintJson(EvalReport.Json(report, articles, explanation));
        else Terminal.Write(EvalReport.Text(report, set, articles, explanation));
        return Task.FromResult(report.Articles.Count > 0);
    }

    /// <summary>The semantic stance reader with the shipped weights, or another threshold to tune it by.</summary>
    private static SemanticStanceReader Reader(IHost host, double? threshold) =>
        new(threshold is { } t ? StanceClassifier.Shipped with { Threshold = t } : StanceClassifier.Shipped, host.Services.GetRequiredService<SentenceEmbedder>());

    private static bool ScoreBank(EvalInput input)
    {
        if (!File.Exists(input.Set))
        {
            Cli.Fail($"{input.Set}: no such sentence bank");
            return false;
        }
        using var host = input.BuildHost();
        EvaluationReport report;
        IReadOnlyList<EvaluatedArticle> passages;
        try
        {
            (report, passages) = host.Services.GetRequiredService<Evaluation>().RunBank(input.Set, input.ExplainFlag);
        }
        catch (Bank.BankSyntaxError e)
        {
            Cli.Fail(e.Message);
            return false;
        }
        var explanation = input.ExplainFlag ? host.Services.GetRequiredService<Explanation>() : null;
        var set = new EvaluationSet(input.Set, input.Set, null, StemFilter.All);
        if (input.JsonFlag) Cli.PrintJson(EvalReport.Json(report, passages, explanation));
        else Terminal.Write(EvalReport.Text(report, set, passages, explanation));
        return report.Articles.Count > 0;
    }
}
