using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Extracting;

namespace PositionTracker.Ingesting;

public sealed class IngestInput : JsonInput
{
    [Description("Article files, or folders searched for *.txt; a gold annotation beside an article supplies its events")]
    public List<string> Paths { get; set; } = [];

    [Description("Ignore curated annotations: every article's events come from the extractor")]
    public bool ExtractFlag { get; set; }

    [Description("Also read stances with the semantic stance reader where no pattern found one (or set Extraction:Semantic)")]
    public bool SemanticFlag { get; set; }
}

[Description("Ingest article files: each article becomes an event stream; re-ingesting adds nothing", Name = "ingest")]
public sealed class IngestCommand : JasperFxAsyncCommand<IngestInput>
{
    public IngestCommand() => Usage("Ingest files and folders").Arguments(x => x.Paths);

    public override async Task<bool> Execute(IngestInput input)
    {
        using var host = input.BuildHost();
        if (input.SemanticFlag) host.Services.GetRequiredService<ExtractionSettings>().Semantic = true;
        await host.StartAsync();
        using var interruption = Interruption.Listen();
        var report = await Ingest(host, input.Paths, input.ExtractFlag, interruption.Requested);
        // Nothing new, nothing to fold: waiting would only wait for the daemon to elect itself.
        if (report.Added.Count > 0) await host.CaughtUpAsync();
        if (input.JsonFlag) Cli.PrintJson(report);
        else PrintSummary(report);
        await host.StopAsync();
        return report.Rejected.Count == 0;
    }

    public static Task<IngestReport> Ingest(IHost host, IEnumerable<string> paths, bool ignoreGold = false, CancellationToken stop = default) =>
        host.Services.GetRequiredService<ArticleBatch>().IngestAsync(paths,
            p => Console.Error.WriteLine($"[{p.Done}/{p.Total}] {Terminal.Safe(p.File)}: {Terminal.Safe(p.Outcome)}"),
            stop, ignoreGold);

    public static void PrintSummary(IngestReport report)
    {
        if (report.NotRead > 0)
            Console.WriteLine($"stopped before {report.NotRead} file(s), which were not read; run the same command again to finish (what went in is skipped)");
        Console.WriteLine($"{report.Added.Count} added ({report.Added.Sum(a => a.Events)} events), " +
                          $"{report.Skipped.Count} skipped as already known, {report.Rejected.Count} rejected");
        foreach (var r in report.Rejected) Console.WriteLine($"  rejected {Terminal.Safe(r.File)}: {Terminal.Safe(r.Reason)}");
        var extracted = report.Added.Count(a => a.DerivedBy != Provenance.Gold);
        if (extracted > 0)
            Console.WriteLine($"  {extracted} article(s) read by the extractor: their events come from {Extraction.Extractor.DerivedBy}, not from annotators");
    }
}
