using System.Net;
using System.Text;
using PositionTracker.Domain.Articles;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Reliability;

/// <summary>Bodies are checked before use, one size limit holds however a body is sent, and browsers are told how to treat the pages.</summary>
[Collection(WebCollection.Name)]
public sealed class RequestLimitsTests(WebFixture web) : IAsyncLifetime
{
    private const string Header = "---\noutlet: Limit Wire\npublished: 2024-05-02\n---\n";
    private const string Corrections = "/api/statements/00000000-0000-0000-0000-000000000001/corrections";

    public Task InitializeAsync() => web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("null", "\"analyst\"")]
    [InlineData("[]", "$")]
    [InlineData("""{"analyst": 5, "reason": "typo"}""", "$.analyst")]
    [InlineData("""{"analyst": "A. Analyst", "reason": "typo", "retract": "yes"}""", "$.retract")]
    [InlineData("""{"analyst": "A. Analyst", "reason": ["typo"]}""", "$.reason")]
    public async Task A_correction_body_of_the_wrong_shape_is_a_400_naming_the_field(string body, string field)
    {
        var response = await web.Writer().PostAsync(Corrections, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Contains(field, await response.ProblemAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2999-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_publication_date_outside_the_plausible_dates_is_a_400_naming_the_bounds(string published)
    {
        var article = $"---\noutlet: Limit Wire\npublished: {published}\n---\nThe ministry said the islands were not for sale.\n";

        var response = await web.Writer().PostAsync("/api/articles", new StringContent(article));

        var detail = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"published '{published}' is outside the dates accepted, 1900-01-01 to ", detail);
    }

    [Fact]
    public async Task An_article_of_exactly_the_limit_is_read()
    {
        var response = await web.Writer().PostAsync("/api/articles", new ByteArrayContent(ArticleOf(ArticleFile.MaxBytes)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(10 * 1024 * 1024, false)]
    public async Task Any_article_over_the_limit_is_a_413_whether_its_length_is_declared_or_it_comes_chunked(int over, bool chunked)
    {
        var bytes = ArticleOf(ArticleFile.MaxBytes + over);
        HttpContent content = chunked ? new StreamContent(new UnseekableStream(bytes)) : new ByteArrayContent(bytes);

        var response = await Uploader().PostAsync("/api/articles", content);

        Assert.Equal(chunked, content.Headers.ContentLength is null);
        Assert.Contains(ArticleFile.Limit, await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge));
    }

    [Fact]
    public async Task A_json_body_over_the_limit_is_a_413_too()
    {
        var body = "{\"analyst\": \"" + new string('a', ArticleFile.MaxBytes + 128 * 1024) + "\", \"reason\": \"r\"}";

        var response = await Uploader().PostAsync(Corrections, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Contains("too large", await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge));
    }

    /// <summary>
    /// Asks before uploading, as curl does for large bodies: a refusal of a declared length then comes before the
    /// upload, where otherwise the server would close the connection on a client still sending.
    /// </summary>
    private HttpClient Uploader()
    {
        var client = web.Writer();
        client.DefaultRequestHeaders.ExpectContinue = true;
        return client;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/territories")]
    [InlineData("/api/stances/XXX/crimea")]
    public async Task Every_answer_carries_the_browser_hardening_headers_and_no_server_banner(string path)
    {
        var response = await web.Reader().GetAsync(path);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.False(response.Headers.Contains("Server"), "the Server header names the web server");
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : []);

    private static byte[] ArticleOf(int size)
    {
        var header = Encoding.UTF8.GetBytes(Header);
        var bytes = new byte[size];
        header.CopyTo(bytes, 0);
        bytes.AsSpan(header.Length).Fill((byte)'x');
        return bytes;
    }

    /// <summary>A body whose length the client cannot know in advance, so that it is sent chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
