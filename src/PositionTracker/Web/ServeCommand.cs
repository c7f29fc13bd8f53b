using JasperFx.CommandLine;

namespace PositionTracker.Web;

public sealed class ServeInput : NetCoreInput
{
    [Description("Where to listen, the ASP.NET way (default http://127.0.0.1:5080, loopback only)")]
    [FlagAlias("urls")]
    public string? UrlsFlag { get; set; }
}

[Description("Serve the HTTP API (OpenAPI at /openapi/v1.json, docs at /docs) and the dashboard at /", Name = "serve")]
public sealed class ServeCommand : JasperFxAsyncCommand<ServeInput>
{
    public override async Task<bool> Execute(ServeInput input)
    {
        var app = WebApp.Build(input.UrlsFlag is { } urls ? ["--urls", urls] : []);
        await app.RunAsync();
        return true;
    }
}
