using System.Collections.Concurrent;
using System.Text;
using CsCheck;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Domain.Tests.Articles;

/// <summary>
/// Whatever bytes arrive (a file, an HTTP body), the parser answers with an article or with <see cref="ArticleRejected"/>:
/// never a crash that would surface as a 500 or abort a batch halfway.
/// </summary>
public class ArticleParserPropertyTests
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2026, 12, 8); // TestData.Today plus the one day of slack

    private static readonly Gen<byte[]> AnyBytes = Gen.Byte.Array[0, 4000];

    private static readonly Gen<byte[]> TextFragment = Gen.OneOf(new[]
    {
        "---", "---", " --- ", "----", "\n", "\n", "\n", "\r\n", "\r", ":", ": ", "::",
        "published:", "published: ", "Published:", "PUBLISHED :", "published", " published:",
        " 2024-05-02", "2024-05-02", " 2024-02-31", " 0001-01-01", " 9999-12-31", " 1899-12-31", " 1900-01-01",
        " 2026-12-08", " 2026-12-09", " 2024-5-2", " 02/05/2024", " 2024-05-02T00:00:00Z", " -2024-05-02",
        "outlet:", "outlet: Daily Test", "title:", "title: Minister: \"No talks\"", "url:", "url: https://example.org/a",
        "desk: foreign", "publishedby: someone", "publİshed:", "\u212Aey: value",
        " ", "  ", "\t", "\u00A0", "\u2028", "\u200B", "\uFEFF", "é", "日本",
        "The", "minister", "said", "nothing", "islands", ".",
        new string('x', 300), "title: " + new string('a', 200),
    }.Select(Encoding.UTF8.GetBytes).ToArray());

    private static readonly Gen<byte[]> ByteFragment = Gen.OneOf<byte[]>(
        [0xEF, 0xBB, 0xBF], // a byte order mark
        [0x00],             // NUL
        [0xC3],             // a lead byte with nothing after it
        [0xFF],             // never valid in UTF-8
        [0xED, 0xA0, 0x80]); // an encoded surrogate, which UTF-8 forbids

    private static readonly Gen<byte[]> Fragment = Gen.Frequency((12, TextFragment), (1, ByteFragment));

    /// <summary>Fragments in any order: mostly rejected early, but they find what nobody thought of.</summary>
    private static readonly Gen<byte[]> Soup = Fragment.Array[0, 60].Select(Concat);

    private static readonly Gen<string> Newline = Gen.Frequency((6, Gen.Const("\n")), (2, Gen.Const("\r\n")), (1, Gen.Const("\r")));

    private static readonly Gen<string> Colon = Gen.Frequency((8, Gen.Const(":")), (1, Gen.OneOf(" :", "::", "")));

    private static readonly Gen<string> PublishedLine = Gen.Select(
        Gen.Frequency((6, Gen.Const("published")), (1, Gen.OneOf("Published", " PUBLISHED ", "publishedby", "publİshed", ""))),
        Colon,
        Gen.Frequency(
            (6, Gen.OneOf(" 2024-05-02", "2024-05-02", " 1900-01-01", " 2026-12-08", "\t2026-12-07 ")),
            (4, Gen.OneOf(" 2026-12-09", " 1899-12-31", " 2024-02-31", " 0001-01-01", " 9999-12-31", " 2024-5-2", "", " "))),
        Newline,
        (k, c, v, n) => k + c + v + n);

    private static readonly Gen<string> OtherLine = Gen.Frequency(
        (8, Gen.Select(
            Gen.OneOf("outlet", "title", "url", "desk", "Outlet", "\u212Aey", "x"),
            Colon,
            Gen.OneOf(" Daily Test", " Minister: \"No talks\"", " https://example.org/a", "", " ", " " + new string('a', 200)),
            Newline,
            (k, c, v, n) => k + c + v + n)),
        (1, Newline)); // a blank line

    private static readonly Gen<string> FenceLine = Gen.Frequency(
        (16, Gen.Select(Gen.OneOf("---", "---", " ---", "--- ", "\t---"), Newline, (f, n) => f + n)),
        (1, Gen.OneOf("---", "--", "- - -\n", "")));

    private static readonly Gen<byte[]> BodyFragment = Gen.Frequency((50, TextFragment), (1, ByteFragment));

    /// <summary>Close to a real article, so that most inputs get past the fences and into header and date checks.</summary>
    private static readonly Gen<byte[]> NearMiss = Gen.Select(
        Gen.Frequency((12, Gen.Const<byte[][]>([])), (1, Fragment.Array[1, 2])),
        FenceLine,
        OtherLine.Array[0, 2],
        Gen.Frequency((8, PublishedLine.Array[1]), (1, PublishedLine.Array[0, 2])),
        OtherLine.Array[0, 2],
        FenceLine,
        BodyFragment.Array[0, 12],
        (before, open, header1, published, header2, close, body) => Concat(
        [
            .. before,
            Encoding.UTF8.GetBytes(open + string.Concat(header1) + string.Concat(published) + string.Concat(header2) + close),
            .. body,
        ]));

    private static readonly Gen<byte[]> Structured = Gen.Frequency((1, Soup), (3, NearMiss));

    [Fact]
    public void Any_bytes_give_an_article_or_a_rejection_and_nothing_else() =>
        AnyBytes.Sample(bytes => Outcome(bytes), iter: 20_000, print: Show);

    [Fact]
    public void Near_miss_articles_give_a_plausible_article_or_a_rejection_and_nothing_else()
    {
        var reached = new ConcurrentDictionary<string, bool>();

        Structured.Sample(bytes =>
        {
            var outcome = Outcome(bytes);
            if (outcome is Article article)
            {
                Assert.InRange(article.Published, Earliest, Latest);
                Assert.NotEmpty(article.Body.Trim());
            }
            reached[Kind(outcome)] = true;
        }, iter: 40_000, print: Show);

        // The generator is only worth its time if it reaches every exit of the parser.
        string[] exits = ["article", "binary", "not UTF-8", "empty", "no header", "not closed", "not key: value",
            "repeated key", "empty body", "no published date", "not a date", "outside the dates"];
        Assert.Equal(exits.Order(StringComparer.Ordinal), reached.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The article, or the rejection; any other exception escapes and fails the sample.</summary>
    private static object Outcome(byte[] bytes)
    {
        try
        {
            return ArticleFile.Parse(bytes, TestData.Today);
        }
        catch (ArticleRejected rejected)
        {
            Assert.False(string.IsNullOrWhiteSpace(rejected.Message));
            return rejected;
        }
    }

    private static string Kind(object outcome) => outcome switch
    {
        Article => "article",
        ArticleRejected { Message: var m } when m.Contains("binary") => "binary",
        ArticleRejected { Message: var m } when m.Contains("not valid UTF-8") => "not UTF-8",
        ArticleRejected { Message: "is empty" } => "empty",
        ArticleRejected { Message: var m } when m.Contains("has no header") => "no header",
        ArticleRejected { Message: var m } when m.Contains("never closed") => "not closed",
        ArticleRejected { Message: var m } when m.Contains("is not 'key: value'") => "not key: value",
        ArticleRejected { Message: var m } when m.Contains("repeats the key") => "repeated key",
        ArticleRejected { Message: var m } when m.Contains("empty body") => "empty body",
        ArticleRejected { Message: var m } when m.Contains("no published date") => "no published date",
        ArticleRejected { Message: var m } when m.Contains("is not a date") => "not a date",
        ArticleRejected { Message: var m } when m.Contains("outside the dates accepted") => "outside the dates",
        ArticleRejected { Message: var m } => $"unexpected rejection: {m}",
        _ => "unreachable",
    };

    private static byte[] Concat(byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static string Show(byte[] bytes) =>
        $"{bytes.Length} bytes, hex {Convert.ToHexString(bytes)}, as text \"{Encoding.UTF8.GetString(bytes).Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0")}\"";
}
