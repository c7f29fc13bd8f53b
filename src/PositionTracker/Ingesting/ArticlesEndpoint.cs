using PositionTracker.Domain.Articles;
using PositionTracker.Web;
using Wolverine.Http;

namespace PositionTracker.Ingesting;

public sealed record ArticleAccepted(Guid Article, bool Added, int Events, string DerivedBy, IReadOnlyList<string> Warnings, string? Reason);

public static class ArticlesEndpoint
{
    /// <summary>
    /// Ingests one article file, sent as the request body (text/plain: the '---' header, then the body).
    /// 201 with the article id when new, 200 when already known, 400 with what is wrong when malformed.
    /// </summary>
    [WolverinePost("/api/articles")]
    public static async Task<IResult> Post(HttpRequest request, ArticleBatch batch, CancellationToken token)
    {
        if (request.ContentLength > ArticleFile.MaxBytes) return TooLarge();
        byte[] bytes;
        try
        {
            bytes = await ArticleFiles.ReadAtMostAsync(request.Body, token);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (bytes.Length > ArticleFile.MaxBytes) return TooLarge();

        Article article;
        try
        {
            article = ArticleFile.Parse(bytes, batch.Today);
        }
        catch (ArticleRejected e)
        {
            return Problems.BadRequest($"The article {e.Message}.", "The article was rejected");
        }

        var result = await batch.IngestAsync(article, "http", token);
        var accepted = new ArticleAccepted(result.ArticleId, result.Added, result.Events, result.DerivedBy ?? Extraction.Extractor.DerivedBy, result.Warnings,
            result.Added ? null : "already ingested: the same outlet, date and text");
        return result.Added ? Results.Created($"/api/articles/{result.ArticleId}", accepted) : Results.Ok(accepted);
    }

    private static IResult TooLarge() => Results.Problem($"an article may be at most {ArticleFile.Limit} ({ArticleFile.MaxBytes:N0} bytes)",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The article is too large");
}
