using JasperFx.CommandLine;
using PositionTracker.Core;

namespace PositionTracker.Rebuilding;

public sealed class RebuildInput : JsonInput;

[Description("Rebuild every read model by replaying all stored events through the projections", Name = "rebuild")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    public override async Task<bool> Execute(RebuildInput input)
    {
        using var host = input.BuildHost();
        await host.StartAsync();
        var rebuilt = await host.Services.GetRequiredService<Rebuilder>().RebuildAsync(Console.Error.WriteLine, CancellationToken.None);
        if (input.JsonFlag) Cli.PrintJson(new { rebuilt });
        else Console.WriteLine($"rebuilt {string.Join(", ", rebuilt.Select(r => r.Name))}");
        await host.StopAsync();
        return true;
    }
}
