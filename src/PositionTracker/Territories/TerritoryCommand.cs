using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;
using PositionTracker.Positions;

namespace PositionTracker.Territories;

public sealed class TerritoryInput : NetCoreInput
{
    [Description("Territory: an id like crimea or golan-heights, or a name")]
    public string Territory { get; set; } = "";

    [Description("The date to answer for, YYYY-MM-DD")]
    [FlagAlias("on", 'o')]
    public string? OnFlag { get; set; }

    [Description("Print one JSON document to standard output")]
    public bool JsonFlag { get; set; }
}

[Description("A territory on a date: annexations, referendums, control, and every actor's position", Name = "territory")]
public sealed class TerritoryCommand : JasperFxAsyncCommand<TerritoryInput>
{
    public TerritoryCommand() => Usage("Territory on a date").Arguments(x => x.Territory);

    public override async Task<bool> Execute(TerritoryInput input)
    {
        using var host = input.BuildHost();
        var gazetteer = host.Services.GetRequiredService<Gazetteer>();
        if (Cli.Territory(gazetteer, input.Territory) is not { } territory
            || Cli.Date(input.OnFlag, "--on") is not { } on) return false;

        var answer = await host.Services.GetRequiredService<PositionQueries>()
            .TerritoryOnAsync(territory, on, CancellationToken.None);
        if (input.JsonFlag) Cli.PrintJson(answer);
        else Console.Write(AnswerText.Territory(answer));
        return true;
    }
}
