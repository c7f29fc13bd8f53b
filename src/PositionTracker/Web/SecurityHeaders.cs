namespace PositionTracker.Web;

/// <summary>
/// What a browser needs to be told about this server's pages: take content types as sent, load nothing from
/// elsewhere, never frame the dashboard, and send no referrer on the analyst's way out.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Strict = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // The interactive API docs are one page of Scalar's, which configures itself in inline script and style.
    private const string ForDocs = Strict + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs") ? ForDocs : Strict;
        return next(context);
    }
}
