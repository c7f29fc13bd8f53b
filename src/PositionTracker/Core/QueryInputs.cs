using JasperFx.CommandLine;

namespace PositionTracker.Core;

// Flags and help shared by the query verbs, so that every verb says the same thing the same way.

public abstract class JsonInput : NetCoreInput
{
    public const string ActorHelp = "Actor: an ISO code like RUS, or EU, UN, NATO, or a name like Russia";
    public const string TerritoryHelp = "Territory: an id like crimea or golan-heights, or a name";

    [Description("Print one JSON document to standard output")]
    public bool JsonFlag { get; set; }
}

public abstract class DatedInput : JsonInput
{
    [Description("The date to answer for, YYYY-MM-DD")]
    [FlagAlias("on", 'o')]
    public string? OnFlag { get; set; }
}
