using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace PositionTracker.Web;

/// <summary>The OpenAPI document (with the write key described, so the docs can send it) and the interactive docs at /docs.</summary>
public static class ApiDocs
{
    private const string Scheme = "ApiKey";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PositionTracker";
            document.Info.Description = "What governments say about disputed territory: stances on a date (on) as known at a moment (knownAt), with their evidence.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKey.Header,
                Description = $"Required for writes (POST): the value of {ApiKey.Variable} where the server runs.",
            };
            return Task.CompletedTask;
        }));

    public static void MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        // Everything from this server: no fonts from a CDN, no telemetry, no assistant calling out.
        app.MapScalarApiReference("/docs", o => o
            .WithTitle("PositionTracker API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .AddPreferredSecuritySchemes(Scheme));
    }
}
