using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PositionTracker.Core;

namespace PositionTracker.StoreBench;

public sealed record HttpFigures(string Name, double P50, double P99, double PerSecond);

/// <summary>
/// The service as deployed: a `serve` process on the bench's database, asked by a bounded loopback load generator
/// (a few requests in flight at once, a fixed number in all) for answers and for a static file, the floor any
/// answer is measured against.
/// </summary>
public static class HttpLoad
{
    private const int Workers = 4;
    private const int Requests = 400;

    public static async Task<IReadOnlyList<HttpFigures>> MeasureAsync(string connectionString, IReadOnlyList<(string Name, string Path)> endpoints)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "PositionTracker.dll"), "serve", "--urls", $"http://127.0.0.1:{port}"])
            start.ArgumentList.Add(a);
        start.Environment[Setup.DatabaseVariable] = connectionString;
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await UpAsync(client);
            var figures = new List<HttpFigures>();
            foreach (var (name, path) in endpoints) figures.Add(await LoadAsync(client, name, path));
            return figures;
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    private static async Task<HttpFigures> LoadAsync(HttpClient client, string name, string path)
    {
        for (var i = 0; i < 20; i++) await GetAsync(client, path);
        var times = new List<double>();
        var next = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= Requests)
            {
                var clock = Stopwatch.StartNew();
                await GetAsync(client, path);
                lock (times) times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }));
        var seconds = wall.Elapsed.TotalSeconds;
        times.Sort();
        return new HttpFigures(name, times[times.Count / 2], times[(int)(times.Count * 0.99) - 1], times.Count / seconds);
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
    }

    private static async Task UpAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("serve did not answer /health within a minute");
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
