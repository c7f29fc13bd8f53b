using Microsoft.Playwright;

namespace PositionTracker.Tests.Support;

/// <summary>
/// A real Chromium (Debian's, not Playwright's download, which cannot work here), headless, driven by Playwright.
/// POSITIONTRACKER_CHROMIUM names another Chromium-based browser.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Variable = "POSITIONTRACKER_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    // Without the networking flags Chromium keeps calling hosts this machine cannot reach.
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium did not start; see the fixture's error");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Executable(), Headless = true, Args = Flags });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private static string Executable() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured
        : Candidates.FirstOrDefault(File.Exists)
          ?? throw new InvalidOperationException(
              $"The browser tests need Chromium and found none at {string.Join(", ", Candidates)}. " +
              $"Install it (Debian/Ubuntu: sudo apt-get install chromium; ops/test does this when it can) or set {Variable} to a Chromium-based browser.");
}
