using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;

namespace PositionTracker.Positions;

public sealed class StanceInput : DatedInput
{
    [Description(ActorHelp)]
    public string Actor { get; set; } = "";

    [Description(TerritoryHelp)]
    public string Territory { get; set; } = "";
}

[Description("An actor's stated position on a territory on a date, with who said it where", Name = Verb)]
public sealed class StanceCommand : JasperFxAsyncCommand<StanceInput>
{
    public const string Verb = "stance";

    public StanceCommand() => Usage("Position on a date").Arguments(x => x.Actor, x => x.Territory);

    public override async Task<bool> Execute(StanceInput input)
    {
        var gazetteer = Gazetteer.Default;
        var (actor, territory) = (Arguments.Actor(gazetteer, input.Actor), Arguments.Territory(gazetteer, input.Territory));
        var on = Arguments.RequiredDay(input.OnFlag, "--on");
        if (!Cli.Valid(actor, territory, on)) return false;

        await using var sql = Cli.ReadModels();
        var answer = await Cli.FromStoreAsync(() => PositionQueries.PositionOnAsync(sql, actor.Value, territory.Value, on.Value, CancellationToken.None));
        if (answer is null) return false;
        if (input.JsonFlag) Cli.PrintJson(answer);
        else Terminal.Write(AnswerText.Position(answer));
        return true;
    }
}
