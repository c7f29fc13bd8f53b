using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Positions;

public sealed class TimelineInput : JsonInput
{
    [Description(ActorHelp)]
    public string Actor { get; set; } = "";

    [Description(TerritoryHelp)]
    public string Territory { get; set; } = "";
}

[Description("Every stance an actor has stated on a territory, in the order the statements were made", Name = "timeline")]
public sealed class TimelineCommand : JasperFxAsyncCommand<TimelineInput>
{
    public TimelineCommand() => Usage("Timeline of stances").Arguments(x => x.Actor, x => x.Territory);

    public override async Task<bool> Execute(TimelineInput input)
    {
        using var host = input.BuildHost();
        var gazetteer = host.Services.GetRequiredService<Gazetteer>();
        if (Cli.Actor(gazetteer, input.Actor) is not { } actor
            || Cli.Territory(gazetteer, input.Territory) is not { } territory) return false;

        var answer = await host.Services.GetRequiredService<PositionQueries>()
            .TimelineAsync(actor, territory, CancellationToken.None);
        if (input.JsonFlag) Cli.PrintJson(answer);
        else Terminal.Write(AnswerText.Timeline(answer));
        return true;
    }
}
