using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Domain.Catalog;
using PositionTracker.Positions;

namespace PositionTracker.Territories;

public sealed class TerritoryInput : DatedInput
{
    [Description(TerritoryHelp)]
    public string Territory { get; set; } = "";
}

[Description("A territory on a date: annexations, referendums, control, and every actor's position", Name = Verb)]
public sealed class TerritoryCommand : JasperFxAsyncCommand<TerritoryInput>
{
    public const string Verb = "territory";

    public TerritoryCommand() => Usage("Territory on a date").Arguments(x => x.Territory);

    public override async Task<bool> Execute(TerritoryInput input)
    {
        var gazetteer = Gazetteer.Default;
        var (territory, on) = (Arguments.Territory(gazetteer, input.Territory), Arguments.RequiredDay(input.OnFlag, "--on"));
        if (!Cli.Valid(territory, on)) return false;

        await using var sql = Cli.ReadModels();
        var answer = await Cli.FromStoreAsync(() => PositionQueries.TerritoryOnAsync(sql, gazetteer, territory.Value, on.Value, CancellationToken.None));
        if (answer is null) return false;
        if (input.JsonFlag) Cli.PrintJson(answer);
        else Terminal.Write(AnswerText.Territory(answer));
        return true;
    }
}
