using Microsoft.Playwright;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Browser;

/// <summary>The dashboard in a real browser, served by the real host over the seeds and one hostile quote.</summary>
[Collection(WebCollection.Name)]
public sealed class DashboardTests(WebFixture web, Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string HostileQuote = """<script>window.injected = 1</script><img src="x" onerror="window.injected = 2">Morocco ends at the dunes""";

    private readonly ArticleFolder _folder = new();
    private readonly List<string> _complaints = [];
    private IBrowserContext? _context;

    public async Task InitializeAsync()
    {
        await web.ResetAsync();
        var hostile = _folder.Annotated("hostile", """
            ---
            outlet: Test Wire
            published: 2024-05-02
            title: A quote with markup in it
            ---
            A sentence written for this test, in which a spokesman quotes markup.
            """, $$"""
            [{"type": "StatementMade", "actor": "MAR", "speaker": "Test Spokesman", "speakerRole": "spokesman",
              "territory": "western-sahara", "stance": "ClaimsSovereignty", "quote": {{System.Text.Json.JsonSerializer.Serialize(HostileQuote)}},
              "date": "2024-05-02"}]
            """);
        var report = await web.IngestAsync(Repository.CuratedSeeds, hostile);
        Assert.Empty(report.Rejected);
        _context = await chromium.Browser.NewContextAsync(new() { BaseURL = web.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 1200 } });
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>A page that records every console error or warning, uncaught exception, failed request and error response.</summary>
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await _context!.NewPageAsync();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") _complaints.Add($"console {m.Type}: {m.Text}"); };
        page.PageError += (_, e) => _complaints.Add($"uncaught: {e}");
        page.RequestFailed += (_, r) => _complaints.Add($"request failed: {r.Url}");
        page.Response += (_, r) => { if (r.Status >= 400) _complaints.Add($"{r.Status} from {r.Url}"); };
        await page.GotoAsync(path);
        return page;
    }

    private static ILocator Stances(IPage page, string actor) => page.Locator($"#positions .position[data-actor='{actor}'] .stance");

    [Fact]
    public async Task The_dashboard_loads_and_is_used_without_a_console_error()
    {
        var page = await OpenAsync("/?territory=crimea&on=2017-02-15");
        await Assertions.Expect(Stances(page, "RUS").First).ToBeVisibleAsync();
        await page.Locator("#timeline .mark").First.ClickAsync();
        await page.Locator("#on").FillAsync("2025-03-01");
        await page.Locator("#on").DispatchEventAsync("change");
        await Assertions.Expect(page.Locator("#positions")).ToContainTextAsync("2025-02-27");

        Assert.Empty(_complaints);
    }

    [Fact]
    public async Task It_shows_Russias_position_on_Crimea_on_15_February_2017_with_its_quotes()
    {
        var page = await OpenAsync("/?territory=crimea&actor=RUS&on=2017-02-15");

        await Assertions.Expect(Stances(page, "RUS")).ToHaveCountAsync(2);
        var stances = await Stances(page, "RUS").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.stance)");
        Assert.Equal(["ClaimsSovereignty", "RejectsNegotiation"], stances.Order());
        var quotes = await page.Locator("#positions .quote").AllTextContentsAsync();
        Assert.Contains(quotes, q => q.Contains("The theme of returning Crimea will not be discussed"));
        Assert.Contains(quotes, q => q.Contains("Crimea is territory belonging to the Russian Federation"));
        var positions = await page.Locator("#positions").TextContentAsync();
        Assert.Contains("Press TV", positions);
        Assert.Contains("RFE/RL", positions);
        Assert.Contains("Dmitry Peskov", positions);
    }

    [Fact]
    public async Task It_updates_when_the_date_changes_and_keeps_the_date_in_the_address()
    {
        var page = await OpenAsync("/?territory=crimea&actor=RUS&on=2017-02-15");
        await Assertions.Expect(Stances(page, "RUS")).ToHaveCountAsync(2);

        await page.Locator("#on").FillAsync("2017-02-14");
        await page.Locator("#on").DispatchEventAsync("change");

        await Assertions.Expect(Stances(page, "RUS")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#positions")).ToContainTextAsync("No stated position");
        Assert.Contains("on=2017-02-14", page.Url);

        await page.Locator("#on").FillAsync("2025-03-01");
        await page.Locator("#on").DispatchEventAsync("change");

        await Assertions.Expect(Stances(page, "RUS")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#positions")).ToContainTextAsync("2025-02-27");
    }

    [Fact]
    public async Task The_timeline_has_a_lane_per_actor_and_a_mark_shows_its_evidence_when_chosen()
    {
        var page = await OpenAsync("/?territory=crimea&on=2017-02-15");

        var lanes = page.Locator("#timeline .lane");
        await Assertions.Expect(lanes.First).ToBeVisibleAsync();
        var actors = await lanes.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.actor)");
        Assert.Contains("RUS", actors);
        Assert.Contains("USA", actors);
        Assert.Equal(8, await page.Locator("#legend [data-stance]").CountAsync());

        var refusal = page.Locator("#timeline .lane[data-actor='RUS'] .mark[data-stance='RejectsNegotiation'][data-date='2017-02-15']").First;
        await refusal.ClickAsync();

        var evidence = page.Locator("#evidence");
        await Assertions.Expect(evidence).ToContainTextAsync("Rejects negotiation");
        await Assertions.Expect(evidence).ToContainTextAsync("Dmitry Peskov");
        await Assertions.Expect(evidence.Locator(".quote").First).ToContainTextAsync("The theme of returning Crimea will not be discussed");
    }

    [Fact]
    public async Task A_quote_holding_markup_is_shown_as_text_and_never_run()
    {
        var page = await OpenAsync("/?territory=western-sahara&on=2024-05-02");
        var quote = page.Locator("#positions .position[data-actor='MAR'] .quote").First;
        await Assertions.Expect(quote).ToBeVisibleAsync();

        Assert.Contains(HostileQuote, await quote.TextContentAsync());
        await page.Locator("#timeline .lane[data-actor='MAR'] .mark").First.ClickAsync();
        await Assertions.Expect(page.Locator("#evidence")).ToContainTextAsync(HostileQuote);
        Assert.Equal(0, await page.Locator("#positions script, #positions img, #evidence script, #evidence img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.injected"));
    }
}
