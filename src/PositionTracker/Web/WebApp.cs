using Microsoft.Extensions.Configuration.Memory;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using Wolverine.Http;

namespace PositionTracker.Web;

/// <summary>The analysts' service: the same tracker as the command line, over HTTP, with the dashboard at /.</summary>
public static class WebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // Loopback unless told otherwise, the ASP.NET way (--urls, ASPNETCORE_URLS): a default every other source overrides.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("urls", DefaultUrl)] });
        builder.AddPositionTracker();
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Bodies far over the article limit are refused with 413 as they arrive (Outages maps Kestrel's refusal).
            // The slack is for chunked bodies, whose framing Kestrel counts: the articles endpoint holds the exact limit.
            k.Limits.MaxRequestBodySize = ArticleFile.MaxBytes + 64 * 1024;
            k.AddServerHeader = false;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Outages>();
        builder.Services.AddApiDocs();
        builder.Services.AddWolverineHttp();
        builder.Services.AddSingleton(services => ApiKey.From(services.GetRequiredService<IConfiguration>()));

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiKeyForWrites>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapApiDocs();
        // "?limit=abc" is a 400 problem, as in minimal APIs, rather than silently the default.
        app.MapWolverineEndpoints(http => http.RejectUnparseableQueryValues = true);
        return app;
    }
}
