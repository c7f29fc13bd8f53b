using JasperFx;
using JasperFx.CommandLine;
using PositionTracker.Core;
using PositionTracker.Positions;
using PositionTracker.Territories;
using PositionTracker.Web;
using Spectre.Console;

// With no verb (only options, if any) this is the web host, as `dotnet run` and the test host start it.
// `serve` starts it here too: JasperFx hands any command line holding --urls to a generic host without the web app.
if (args.Length == 0 || args[0].StartsWith('-') || ServeCommand.Serves(args))
{
    await WebApp.Build(ServeCommand.Serves(args) ? args[1..] : args).RunAsync();
    return 0;
}

// The generated code covers the web host's HTTP endpoints as well as the handlers, so it is written from the web host.
if (args[0] == "codegen") return await WebApp.Build([]).RunJasperFxCommands(args);

// Standard output carries answers and JSON only; the command framework's banners and help go to standard error.
AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

// These answer from the read models' SQL alone: the host, Wolverine, Marten's store and the scan of every assembly for commands
// were most of such a process's start. Their commands parse, explain usage and fail just as they do under the host.
if (Cli.SqlQueries.Contains(args[0]))
    return await CommandExecutor.For(commands =>
    {
        commands.RegisterCommand<StanceCommand>();
        commands.RegisterCommand<TerritoryCommand>();
    }).ExecuteAsync(args);

// The host would watch the working directory, and every folder under it, for a configuration file to change: a few hundred
// milliseconds of a query's start in a large tree, for files the command line neither has nor reloads.
var configuration = new ConfigurationManager();
configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, Configuration = configuration });
var queriesOnly = Cli.Queries.Contains(args[0]);
builder.AddPositionTracker(queriesOnly);
builder.AddCommandLineLogging(args[0]);
// JasperFx announces every assembly it scans for commands until extensions are applied; we have none to apply.
new CommandFactory().ApplyExtensions(builder.Services);

using var host = builder.Build();
var exitCode = await host.RunJasperFxCommands(args);
return Interruption.ExitCode ?? exitCode;

/// <summary>The entry point, named so the test host (WebApplicationFactory) can find it.</summary>
public partial class Program;
