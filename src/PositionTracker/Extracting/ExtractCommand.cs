using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Ingesting;
using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Evaluating;
using PositionTracker.Extraction;

namespace PositionTracker.Extracting;

public sealed class ExtractInput : JsonInput
{
    [Description("An article file (the --- header, then the text)")]
    public string File { get; set; } = "";

    [Description("Also print, sentence by sentence, what each rule found or set aside and why")]
    public bool ExplainFlag { get; set; }

    [Description("Also read stances with the semantic stance reader where no pattern found one (loads a 90 MB model)")]
    public bool SemanticFlag { get; set; }
}

[Description("Show what the extractor reads in one article, without storing anything; --json prints the events in the shape of a gold file", Name = "extract")]
public sealed class ExtractCommand : JasperFxAsyncCommand<ExtractInput>
{
    public ExtractCommand() => Usage("Read one article").Arguments(x => x.File);

    public override async Task<bool> Execute(ExtractInput input)
    {
        Article article;
        try
        {
            var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            article = ArticleFile.Parse(await ArticleFiles.ReadAsync(input.File, CancellationToken.None), today);
        }
        catch (Exception e) when (e is ArticleRejected or IOException or UnauthorizedAccessException)
        {
            Cli.Fail($"{Terminal.Safe(input.File)}: {Terminal.Safe(e.Message)}");
            return false;
        }
        using var host = input.BuildHost();
        if (input.SemanticFlag) host.Services.GetRequiredService<ExtractionSettings>().Semantic = true;
        var extractor = host.Services.GetRequiredService<Extractor>();
        var extraction = extractor.Extract(article, input.ExplainFlag);
        if (input.JsonFlag)
        {
            Console.Out.Write(AnnotationWriter.Write(extraction.Events));
            return true;
        }
        Console.WriteLine($"{extractor.RunBy}: {extraction.Events.Count} events from {extraction.Sentences} sentences");
        foreach (var warning in extraction.Warnings) Terminal.WriteLine($"  ({warning})");
        foreach (var e in extraction.Events) Terminal.WriteLine($"  {EvalReport.Line(e)}   [{e.Source.Evidence?.Rule}]");
        if (input.ExplainFlag)
            foreach (var sentence in extraction.Notes.GroupBy(n => n.Sentence))
            {
                Console.WriteLine();
                Terminal.WriteLine($"  [{sentence.Key}] {Terminal.Safe(extraction.SentenceSpans[sentence.Key].Of(article.Body))}");
                foreach (var note in sentence) Terminal.WriteLine($"      {note.Rule}: {note.Text}");
            }
        return true;
    }
}
