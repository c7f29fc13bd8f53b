using JasperFx.CommandLine;
using PositionTracker.Core;
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
}

[Description("Show what the extractor reads in one article, without storing anything; --json prints the events in the shape of a gold file", Name = "extract")]
public sealed class ExtractCommand : JasperFxAsyncCommand<ExtractInput>
{
    public ExtractCommand() => Usage("Read one article").Arguments(x => x.File);

    public override Task<bool> Execute(ExtractInput input)
    {
        if (!System.IO.File.Exists(input.File))
        {
            Cli.Fail($"{input.File}: no such file");
            return Task.FromResult(false);
        }
        Article article;
        try
        {
            article = ArticleFile.Parse(System.IO.File.ReadAllBytes(input.File));
        }
        catch (ArticleRejected e)
        {
            Cli.Fail($"{input.File}: {e.Message}");
            return Task.FromResult(false);
        }
        using var host = input.BuildHost();
        var extraction = host.Services.GetRequiredService<Extractor>().Extract(article, input.ExplainFlag);
        if (input.JsonFlag)
        {
            Console.Out.Write(AnnotationWriter.Write(extraction.Events));
            return Task.FromResult(true);
        }
        Console.WriteLine($"extractor {Extractor.Version}: {extraction.Events.Count} events from {extraction.Sentences} sentences");
        foreach (var warning in extraction.Warnings) Console.WriteLine($"  ({warning})");
        foreach (var e in extraction.Events) Console.WriteLine($"  {EvalReport.Line(e)}   [{e.Source.Evidence?.Rule}]");
        if (input.ExplainFlag)
            foreach (var sentence in extraction.Notes.GroupBy(n => n.Sentence))
            {
                Console.WriteLine();
                Console.WriteLine($"  [{sentence.Key}] {extraction.SentenceSpans[sentence.Key].Of(article.Body)}");
                foreach (var note in sentence) Console.WriteLine($"      {note.Rule}: {note.Text}");
            }
        return Task.FromResult(true);
    }
}
