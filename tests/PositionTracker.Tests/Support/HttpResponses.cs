using System.Net;
using System.Text.Json;

namespace PositionTracker.Tests.Support;

public static class HttpResponses
{
    /// <summary>The response's JSON, after checking its status (the body is in the message when it is not the one expected).</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>An RFC 9457 problem with the expected status; returns its detail.</summary>
    public static async Task<string> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem.GetProperty("detail").GetString() ?? "";
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path) =>
        await (await client.GetAsync(path)).JsonAsync();

    public static IEnumerable<string?> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString());
}
