using PositionTracker.Core;

namespace PositionTracker.Web;

/// <summary>RFC 9457 problems: for arguments read by <see cref="Arguments"/>, and for refusals of the endpoints' own.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail, string title = "The request is not valid") =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static IResult NotFound(string detail, string title = "Not found") =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    /// <summary>The first argument that is wrong, as a problem: 404 for a name the tracker does not know, 400 for the rest.</summary>
    public static IResult? Of(params IArgument[] arguments) => arguments.FirstOrDefault(a => a.Error is not null) switch
    {
        null => null,
        { Unknown: true } unknown => NotFound(unknown.Error!, "Unknown name"),
        var wrong => BadRequest(wrong.Error!),
    };
}
