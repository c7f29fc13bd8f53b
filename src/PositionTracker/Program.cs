using JasperFx;
using JasperFx.CommandLine;
using PositionTracker.Core;
using Spectre.Console;

// Standard output carries answers and JSON only; the command framework's banners and help go to standard error.
AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

var builder = Host.CreateApplicationBuilder(args);
builder.AddPositionTracker();
builder.AddCommandLineLogging();
// JasperFx announces every assembly it scans for commands until extensions are applied; we have none to apply.
new CommandFactory().ApplyExtensions(builder.Services);

using var host = builder.Build();
return await host.RunJasperFxCommands(args.Length == 0 ? ["help"] : args);
