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

    [Description("Only statement days after this one (YYYY-MM-DD): where the previous page said to go on from")]
    public string? AfterFlag { get; set; }

    [Description("About how many reports a page holds (default 500); a statement day is never split")]
    public int LimitFlag { get; set; } = PositionQueries.TimelinePageSize;
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
        DateOnly? after = null;
        if (input.AfterFlag is not null && (after = Cli.Date(input.AfterFlag, "--after")) is null) return false;
        if (input.LimitFlag is < 1 or > PositionQueries.TimelinePageMax)
        {
            Cli.Fail($"--limit {input.LimitFlag} is not a page size: use a whole number from 1 to {PositionQueries.TimelinePageMax}");
            return false;
        }

        var answer = await host.Services.GetRequiredService<PositionQueries>()
            .TimelineAsync(actor, territory, CancellationToken.None, after: after, limit: input.LimitFlag);
        if (input.JsonFlag) Cli.PrintJson(answer);
        else Terminal.Write(AnswerText.Timeline(answer));
        return true;
    }
}
