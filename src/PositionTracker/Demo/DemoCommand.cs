using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;
using PositionTracker.Ingesting;
using PositionTracker.Positions;

namespace PositionTracker.Demo;

public sealed class DemoInput : JsonInput
{
    [Description("The folder of seed articles to ingest first (default: seeds/articles, curated in seeds/gold)")]
    public string SeedsFlag { get; set; } = "seeds/articles";

    [Description("A folder of articles read by the extractor, their annotations ignored (default: seeds/dev/articles, thirty disputes); \"\" for none")]
    public string DevFlag { get; set; } = "seeds/dev/articles";
}

[Description("The main job: ingest the seed articles, read the development articles with the extractor, then answer Russia's position on Crimea on 2017-02-15", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<DemoInput>
{
    private static readonly DateOnly On = new(2017, 2, 15);

    public override async Task<bool> Execute(DemoInput input)
    {
        using var host = input.BuildHost();
        await host.StartAsync();
        var report = await IngestCommand.Ingest(host, [input.SeedsFlag]);
        // The curated seeds say what annotators know; the development articles show what the extractor reads on its own.
        var extracted = input.DevFlag.Length == 0 ? null : await IngestCommand.Ingest(host, [input.DevFlag], ignoreGold: true);
        await host.CaughtUpAsync();
        if (!input.JsonFlag)
        {
            IngestCommand.PrintSummary(report);
            if (extracted is not null) IngestCommand.PrintSummary(extracted);
            Console.WriteLine();
        }

        var gazetteer = host.Services.GetRequiredService<Gazetteer>();
        var answer = await host.Services.GetRequiredService<PositionQueries>().PositionOnAsync(
            gazetteer.ActorByCode("RUS")!, gazetteer.TerritoryById("crimea")!, On, CancellationToken.None);
        if (input.JsonFlag) Cli.PrintJson(answer);
        else Terminal.Write(AnswerText.Position(answer));
        await host.StopAsync();
        return report.Rejected.Count == 0 && (extracted is null || extracted.Rejected.Count == 0);
    }
}
