using JasperFx.CommandLine;

namespace PositionTracker.Web;

public sealed class ServeInput : NetCoreInput
{
    [Description("Where to listen, the ASP.NET way (default http://127.0.0.1:5080, loopback only)")]
    [FlagAlias("urls")]
    public string? UrlsFlag { get; set; }
}

/// <summary>Listed among the verbs for its help; Program starts the web host for `serve` itself.</summary>
[Description("Serve the HTTP API (OpenAPI at /openapi/v1.json, docs at /docs) and the dashboard at /", Name = Verb)]
public sealed class ServeCommand : JasperFxAsyncCommand<ServeInput>
{
    public const string Verb = "serve";

    public static bool Serves(string[] args) =>
        args.Length > 0 && args[0] == Verb && !args.Skip(1).Any(a => a is "-h" or "--help" or "help" or "?");

    public override async Task<bool> Execute(ServeInput input)
    {
        var app = WebApp.Build(input.UrlsFlag is { } urls ? ["--urls", urls] : []);
        await app.RunAsync();
        return true;
    }
}
