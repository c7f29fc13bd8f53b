using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace PositionTracker.Web;

/// <summary>
/// Failures that are not the server's fault answer as what they are: an unreachable database is a 503 the
/// client may retry (without the connection details an exception carries), and a request Kestrel refused
/// (too large, cut off) keeps its own status. Anything else stays the generic 500.
/// </summary>
public sealed class Outages(IProblemDetailsService problems, ILogger<Outages> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken token)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request was refused", BadRequestDetail(bad)),
            _ when DatabaseUnreachable(exception) => (StatusCodes.Status503ServiceUnavailable, "The database is unreachable",
                "the database is unreachable; retry in a few seconds"),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            logger.LogWarning("{Method} {Path}: the database is unreachable ({Error})", context.Request.Method, context.Request.Path,
                Bounded(exception.GetBaseException().Message));
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    public static bool DatabaseUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is SocketException or TimeoutException || e is NpgsqlException { IsTransient: true } || e is NpgsqlException and not PostgresException)
                return true;
        return false;
    }

    /// <summary>Why, in a word an operator can act on, without the host, port or user the exception names.</summary>
    public static string Reason(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is SocketException socket) return $"the database is unreachable ({socket.SocketErrorCode})";
        return exception is TimeoutException || exception.InnerException is TimeoutException
            ? "the database is unreachable (timed out)"
            : "the database is unreachable";
    }

    private static string BadRequestDetail(BadHttpRequestException bad) => bad.StatusCode == StatusCodes.Status413PayloadTooLarge
        ? $"the request body is over the {Domain.Articles.ArticleFile.Limit} limit"
        : bad.Message;

    private static string Bounded(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
