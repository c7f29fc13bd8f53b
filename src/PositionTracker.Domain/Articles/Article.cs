using System.Security.Cryptography;
using System.Text;

namespace PositionTracker.Domain.Articles;

/// <summary>An article as the analyst's file gives it: header fields and the body as published.</summary>
public sealed record Article(
    string? Outlet,
    string? Title,
    DateOnly Published,
    string? Url,
    IReadOnlyDictionary<string, string> Metadata,
    string Body)
{
    public string ContentHash { get; } = Sha256Hex(Body);

    /// <summary>
    /// Derived from outlet, publication date and body, so the same file ingested twice is the same stream,
    /// while one agency story carried by two outlets stays two articles (two sources).
    /// </summary>
    public Guid Id => GuidFrom($"positiontracker/article\n{Outlet}\n{Published:yyyy-MM-dd}\n{ContentHash}");

    /// <summary>
    /// The id of the event at a position of an article's stream. Streams are built the same way from the same
    /// article, so ids are too: read models that cite events come out the same in any database, in any order.
    /// </summary>
    public static Guid EventId(Guid article, long version) => GuidFrom($"positiontracker/event\n{article}\n{version}");

    /// <summary>Short on purpose: logs and exception messages print records, and a body may be megabytes.</summary>
    public override string ToString() => $"article {Id} ({Outlet ?? "no outlet"}, {Published:yyyy-MM-dd}, {Body.Length:N0} characters)";

    private static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static Guid GuidFrom(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // RFC 9562 version 8: a custom, name-based id
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
