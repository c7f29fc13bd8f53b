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
    public string? LimitFlag { get; set; }
}

[Description("Every stance an actor has stated on a territory, in the order the statements were made", Name = Verb)]
public sealed class TimelineCommand : JasperFxAsyncCommand<TimelineInput>
{
    public const string Verb = "timeline";

    public TimelineCommand() => Usage("Timeline of stances").Arguments(x => x.Actor, x => x.Territory);

    public override async Task<bool> Execute(TimelineInput input)
    {
        using var host = input.BuildHost();
        var gazetteer = host.Services.GetRequiredService<Gazetteer>();
        var (actor, territory) = (Arguments.Actor(gazetteer, input.Actor), Arguments.Territory(gazetteer, input.Territory));
        var after = Arguments.Day(input.AfterFlag, "--after");
        var limit = Arguments.Limit(input.LimitFlag, "--limit", PositionQueries.TimelinePageSize, PositionQueries.TimelinePageMax);
        if (!Cli.Valid(actor, territory, after, limit)) return false;

        var answer = await Cli.FromStoreAsync(() => host.Services.GetRequiredService<PositionQueries>()
            .TimelineAsync(actor.Value, territory.Value, CancellationToken.None, after: after.Value, limit: limit.Value));
        if (answer is null) return false;
        if (input.JsonFlag) Cli.PrintJson(answer);
        else Terminal.Write(AnswerText.Timeline(answer));
        return true;
    }
}
