using System.Net;
using System.Text;
using PositionTracker.Domain.Articles;
using PositionTracker.Extraction;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Http;

/// <summary>POST /api/articles and GET /api/articles/{id}: articles in over HTTP, and back out with what was derived from them.</summary>
[Collection(WebCollection.Name)]
public sealed class ArticlesApiTests(WebFixture web) : IAsyncLifetime
{
    private const string Article = """
        ---
        outlet: Test Wire
        published: 2024-05-02
        title: Damascus restates its claim
        ---
        Syria's foreign ministry said on Thursday that the Golan Heights are an integral part of Syria.
        """;

    public Task InitializeAsync() => web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    private async Task<long> EventsStoredAsync() => (await web.Reader().GetJsonAsync("/health")).GetProperty("lastEvent").GetInt64();

    [Fact]
    public async Task A_new_article_is_created_and_sending_it_again_adds_nothing()
    {
        var first = await web.Writer().PostAsync("/api/articles", Text(Article));
        var created = await first.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("article").GetGuid();

        Assert.Equal($"/api/articles/{id}", first.Headers.Location?.OriginalString);
        Assert.True(created.GetProperty("added").GetBoolean());
        Assert.Equal(1, created.GetProperty("events").GetInt32());
        Assert.Equal(Extractor.DerivedBy, created.GetProperty("derivedBy").GetString());

        var again = await (await web.Writer().PostAsync("/api/articles", Text(Article))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(id, again.GetProperty("article").GetGuid());
        Assert.False(again.GetProperty("added").GetBoolean());
        Assert.Contains("already ingested", again.GetProperty("reason").GetString());
        Assert.Equal(2, await EventsStoredAsync());
    }

    [Fact]
    public async Task An_article_comes_back_with_its_text_and_each_event_with_its_provenance()
    {
        var id = (await (await web.Writer().PostAsync("/api/articles", Text(Article))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("article").GetGuid();

        var article = await web.Reader().GetJsonAsync($"/api/articles/{id}");

        Assert.Equal(("Test Wire", "Damascus restates its claim", "2024-05-02"),
            (article.GetProperty("outlet").GetString(), article.GetProperty("title").GetString(), article.GetProperty("published").GetString()));
        var body = article.GetProperty("body").GetString()!;
        var derived = Assert.Single(article.GetProperty("events").EnumerateArray());
        Assert.Equal(Domain.Articles.Article.EventId(id, 2), derived.GetProperty("eventId").GetGuid());
        Assert.True(derived.GetProperty("current").GetBoolean());
        var statement = derived.GetProperty("event");
        Assert.Equal(("SYR", "golan-heights", "ClaimsSovereignty"), (statement.GetProperty("actor").GetString(),
            statement.GetProperty("territory").GetString(), statement.GetProperty("stance").GetString()));
        var source = statement.GetProperty("source");
        Assert.Equal(("Test Wire", id), (source.GetProperty("outlet").GetString(), source.GetProperty("article").GetGuid()));
        var evidence = source.GetProperty("evidence");
        var sentence = body.Substring(evidence.GetProperty("sentenceStart").GetInt32(), evidence.GetProperty("sentenceLength").GetInt32());
        Assert.StartsWith("Syria's foreign ministry said", sentence);

        var listed = await web.Reader().GetJsonAsync("/api/articles");
        Assert.Equal([id], listed.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
    }

    [Theory]
    [InlineData("The ministry said the heights were not for sale.", "has no header")]
    [InlineData("---\noutlet: Test Wire\ntitle: Undated\n---\nSome text.", "has no published date")]
    [InlineData("---\noutlet: Test Wire\npublished: 2024-02-31\n---\nSome text.", "published '2024-02-31' is not a date")]
    [InlineData("---\noutlet: Test Wire\npublished: 2024-05-02\n---\n\n", "has an empty body")]
    public async Task A_malformed_article_is_a_400_problem_that_says_what_is_wrong_and_nothing_is_stored(string text, string problem)
    {
        var response = await web.Writer().PostAsync("/api/articles", Text(text));

        Assert.Contains(problem, await response.ProblemAsync(HttpStatusCode.BadRequest));
        Assert.Equal(0, await EventsStoredAsync());
    }

    [Fact]
    public async Task A_binary_upload_is_a_400_problem()
    {
        var png = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var response = await web.Writer().PostAsync("/api/articles", png);

        Assert.Contains("is binary", await response.ProblemAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_request_over_the_size_limit_is_refused_with_413()
    {
        var huge = new ByteArrayContent(Encoding.UTF8.GetBytes(Article + new string('x', ArticleFile.MaxBytes + 256 * 1024)));

        var client = web.Writer();
        client.DefaultRequestHeaders.ExpectContinue = true; // as curl does for large bodies: the refusal comes before the upload

        var response = await client.PostAsync("/api/articles", huge);

        Assert.Contains("at most 10 MiB", await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(0, await EventsStoredAsync());
    }

    [Fact]
    public async Task Writes_without_the_right_key_are_refused_with_401_and_told_how_to_send_it()
    {
        var anonymous = await web.Reader().PostAsync("/api/articles", Text(Article));
        var wrongKey = web.Reader();
        wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");

        Assert.Contains("X-Api-Key", await anonymous.ProblemAsync(HttpStatusCode.Unauthorized));
        await (await wrongKey.PostAsync("/api/articles", Text(Article))).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await web.Reader().PostAsync("/api/admin/rebuild", null)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await EventsStoredAsync());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var response = await web.Reader().GetAsync($"/api/articles/{Guid.NewGuid()}");

        Assert.Contains("no article with id", await response.ProblemAsync(HttpStatusCode.NotFound));
    }
}
