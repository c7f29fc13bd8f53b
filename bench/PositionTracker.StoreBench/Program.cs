using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PositionTracker.Bench.Generation;
using PositionTracker.Core;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;
using PositionTracker.Ingesting;
using PositionTracker.Positions;
using PositionTracker.Rebuilding;
using PositionTracker.StoreBench;

// ops/bench store [--articles N] [--slices S] [--seed X]: the store's cost as ratios to what PostgreSQL does plainly.
var articles = Arg("--articles", 100_000);
var slices = Arg("--slices", 10);
var seed = Arg("--seed", 42);
var server = Environment.GetEnvironmentVariable(Setup.DatabaseVariable)
             ?? throw new InvalidOperationException($"set {Setup.DatabaseVariable} to a server the bench may create a database on (ops/bench store does)");

await using var database = await BenchDatabase.CreateAsync(server);

// ops/bench cold [--articles N (300)] [--runs R (11)]: only the cold start, on a small store, for a quick look.
if (args is ["cold", ..])
{
    await ColdStart.PrepareAsync(database.ConnectionString, Arg("--articles", 300), seed);
    var runs = Arg("--runs", 11);
    Console.WriteLine(StoreReport.ColdStartLine(runs, await ColdStart.MeasureAsync(database.ConnectionString, runs)));
    return 0;
}

var builder = Host.CreateApplicationBuilder();
builder.Configuration[Setup.DatabaseVariable] = database.ConnectionString;
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddPositionTracker();
using var host = builder.Build();
await host.StartAsync();
var batch = host.Services.GetRequiredService<ArticleBatch>();
var store = host.Services.GetRequiredService<IDocumentStore>();

// The first slice would otherwise carry the JIT's warm-up and look dearer than the rest: read a few articles first.
var extractor = host.Services.GetRequiredService<PositionTracker.Extraction.Extractor>();
foreach (var warm in new CorpusGenerator(Gazetteer.Default, seed + 1).Corpus(300)) extractor.Extract(warm.Article);

Console.Error.WriteLine($"bench store: ingesting {articles:N0} generated articles in {slices} slices into {database.Name}...");
var generator = new CorpusGenerator(Gazetteer.Default, seed);
var perSlice = new List<(int Articles, double Seconds, long Events)>();
var ingested = new HashSet<Guid>();
var corpus = generator.Corpus(articles).GetEnumerator();
var total = Stopwatch.StartNew();
for (var s = 0; s < slices; s++)
{
    var count = articles / slices + (s < articles % slices ? 1 : 0);
    var before = await store.Storage.Database.FetchHighestEventSequenceNumber();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < count && corpus.MoveNext(); i++)
    {
        ingested.Add(corpus.Current.Article.Id);
        await batch.IngestAsync(corpus.Current.Article, "bench", CancellationToken.None);
    }
    await store.CaughtUpAsync(TimeSpan.FromHours(1));
    perSlice.Add((count, clock.Elapsed.TotalSeconds, await store.Storage.Database.FetchHighestEventSequenceNumber() - before));
    Console.Error.WriteLine($"  slice {s + 1}/{slices}: {count} articles in {clock.Elapsed.TotalSeconds:F1} s");
}
var ingestSeconds = total.Elapsed.TotalSeconds;

// The append path alone, on the store as it now stands: fresh articles read beforehand, then written one to a
// transaction as ingestion writes them, and a hundred to one for the ceiling.
var appendArticles = Math.Max(200, articles / 20);
Console.Error.WriteLine($"bench store: appending {2 * appendArticles:N0} articles read beforehand...");
var fresh = new CorpusGenerator(Gazetteer.Default, seed + 2).Corpus(2 * appendArticles + 50)
    .Select(g => g.Article).Where(a => ingested.Add(a.Id)).Take(2 * appendArticles)
    .Select(a => extractor.Extract(a) is var x ? new Submission(a, "bench", x.Events, Extractor.DerivedBy, x.Warnings) : null!)
    .ToList();
// The daemon pauses meanwhile: on two cores its folding of the new events would otherwise be timed as the append's, which
// the COPY it is set against does not do. It then catches up on them, and that is timed on its own, against the raw scan.
var coordinator = host.Services.GetRequiredService<IProjectionCoordinator>();
await coordinator.PauseAsync();
var appendOne = await AppendPath.MeasureAsync(store, fresh[..appendArticles], 1);
var appendHundred = await AppendPath.MeasureAsync(store, fresh[appendArticles..], 100);
var catchUp = Stopwatch.StartNew();
await coordinator.ResumeAsync();
await store.CaughtUpAsync(TimeSpan.FromHours(1));
var catchUpRun = (appendOne.Events + appendHundred.Events, catchUp.Elapsed.TotalSeconds);

var baseline = await Baselines.MeasureAsync(database.ConnectionString);
Console.Error.WriteLine("bench store: rebuilding every projection...");
var rebuild = Stopwatch.StartNew();
await host.Services.GetRequiredService<Rebuilder>().RebuildAsync(null, CancellationToken.None);
var rebuildSeconds = rebuild.Elapsed.TotalSeconds;
var databaseBytes = await database.SizeAsync();

var queries = host.Services.GetRequiredService<PositionQueries>();
var gazetteer = Gazetteer.Default;
var (russia, crimea) = (gazetteer.ActorByCode("RUS")!, gazetteer.TerritoryById("crimea")!);
var now = DateTimeOffset.UtcNow;
var on = new DateOnly(2024, 1, 1);
var stance = await Latency.MeasureAsync(() => queries.PositionOnAsync(russia, crimea, on, CancellationToken.None));
var stanceKnownAt = await Latency.MeasureAsync(() => queries.PositionOnAsync(russia, crimea, on, CancellationToken.None, now));
var territory = await Latency.MeasureAsync(() => queries.TerritoryOnAsync(crimea, on, CancellationToken.None));
var territoryKnownAt = await Latency.MeasureAsync(() => queries.TerritoryOnAsync(crimea, on, CancellationToken.None, now));
var timelinePage = await Latency.MeasureAsync(() => queries.TimelineAsync(russia, crimea, CancellationToken.None, limit: 100));
await host.StopAsync();
Console.Error.WriteLine("bench store: loading a serve process over HTTP...");
var knownAtNow = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"));
var http = await HttpLoad.MeasureAsync(database.ConnectionString, [
    ("static file /app.css", "/app.css"),
    ("/health", "/health"),
    ("stance", "/api/stances/RUS/crimea?on=2024-01-01"),
    ("stance as known at", $"/api/stances/RUS/crimea?on=2024-01-01&knownAt={knownAtNow}"),
    ("territory", "/api/territories/crimea?on=2024-01-01"),
    ("timeline, a page of 100", "/api/stances/RUS/crimea/timeline?limit=100"),
]);
Console.Error.WriteLine("bench store: timing cold start...");
var coldStart = await ColdStart.MeasureAsync(database.ConnectionString);
var peakMemory = Process.GetCurrentProcess().PeakWorkingSet64;

Console.WriteLine(StoreReport.Text(articles, perSlice, ingestSeconds, baseline, catchUpRun, rebuildSeconds, databaseBytes, ingested.Count,
    [("one article a transaction", appendOne), ("a hundred a transaction", appendHundred)],
    [("stance", stance), ("stance as known at", stanceKnownAt), ("territory", territory), ("territory as known at", territoryKnownAt),
        ("timeline, a page of 100", timelinePage)], peakMemory, coldStart, http));
return 0;

int Arg(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : fallback;
