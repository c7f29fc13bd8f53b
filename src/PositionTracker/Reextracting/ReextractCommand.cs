using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Extracting;
using PositionTracker.Extraction;

namespace PositionTracker.Reextracting;

public sealed class ReextractInput : JsonInput
{
    [Description("Run the semantic stance reader too (or set Extraction:Semantic): articles read without it are read again")]
    public bool SemanticFlag { get; set; }
}

[Description("Run the current extractor over stored articles; its events supersede an older extractor's, which stay in history", Name = "reextract")]
public sealed class ReextractCommand : JasperFxAsyncCommand<ReextractInput>
{
    public override async Task<bool> Execute(ReextractInput input)
    {
        using var host = input.BuildHost();
        if (input.SemanticFlag) host.Services.GetRequiredService<ExtractionSettings>().Semantic = true;
        await host.StartAsync();
        using var interruption = Interruption.Listen();
        var total = 0;
        var results = await host.Services.GetRequiredService<Reextractor>().RunAsync((done, of, r) =>
        {
            total = of;
            Console.Error.WriteLine($"[{done}/{of}] article {r.ArticleId.ToString()[..8]}: {Describe(r)}");
        }, interruption.Requested);
        await host.CaughtUpAsync();
        if (results.Count < total)
            Console.WriteLine($"stopped before {total - results.Count} article(s); run reextract again to finish (what is current is skipped)");
        var counts = Enum.GetValues<ReextractionOutcome>().ToDictionary(o => o, o => results.Count(r => r.Outcome == o));
        if (input.JsonFlag)
            Cli.PrintJson(new
            {
                extractor = Extractor.Version,
                reextracted = results.Where(r => r.Outcome == ReextractionOutcome.Reextracted),
                alreadyCurrent = counts[ReextractionOutcome.AlreadyCurrent],
                curated = counts[ReextractionOutcome.Curated],
            });
        else
            Console.WriteLine($"extractor {Extractor.Version}: {counts[ReextractionOutcome.Reextracted]} re-extracted, " +
                              $"{counts[ReextractionOutcome.AlreadyCurrent]} already current, {counts[ReextractionOutcome.Curated]} curated (gold, left alone)");
        await host.StopAsync();
        return true;
    }

    private static string Describe(ArticleReextraction r) => r.Outcome switch
    {
        ReextractionOutcome.Reextracted => $"{r.Events} events, superseding {r.Superseded ?? "no events"}",
        ReextractionOutcome.AlreadyCurrent => "already extracted by this version",
        ReextractionOutcome.Curated => "curated annotation, left alone",
        _ => "not found",
    };
}
