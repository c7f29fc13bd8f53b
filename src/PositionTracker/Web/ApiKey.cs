using System.Security.Cryptography;
using System.Text;

namespace PositionTracker.Web;

/// <summary>The key that writes (ingestion, corrections, rebuilds) must present; reads are open.</summary>
public sealed record ApiKey(string? Value)
{
    public const string Variable = "POSITIONTRACKER_API_KEY";
    public const string Header = "X-Api-Key";

    public static ApiKey From(IConfiguration configuration) =>
        new(configuration[Variable] is { Length: > 0 } key ? key : configuration["PositionTracker:ApiKey"]);

    public bool Accepts(string? presented) =>
        Value is not null && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Value), Encoding.UTF8.GetBytes(presented));
}

/// <summary>Every request that changes something under /api needs the key in the X-Api-Key header.</summary>
public sealed class ApiKeyForWrites(RequestDelegate next, ApiKey key)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var writes = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                     && !HttpMethods.IsOptions(context.Request.Method);
        if (writes && context.Request.Path.StartsWithSegments("/api") && !key.Accepts(context.Request.Headers[ApiKey.Header]))
        {
            var detail = key.Value is null
                ? $"This server accepts no writes: no API key is configured. Set {ApiKey.Variable} where the server runs, then send it in the {ApiKey.Header} header."
                : $"Send the API key in the {ApiKey.Header} header.";
            await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "An API key is required for writes")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
