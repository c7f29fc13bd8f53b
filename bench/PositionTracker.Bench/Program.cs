using System.Diagnostics;
using System.Text;
using PositionTracker.Bench;
using PositionTracker.Bench.Generation;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Extraction;
using PositionTracker.Extraction.Semantic;

if (args.Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(Options.Usage);
    return 0;
}
var options = Options.Parse(args, Console.Error);
if (options is null) return 2;

var affinity = PinToOneCore();
var gazetteer = Gazetteer.Default;
var generator = new CorpusGenerator(gazetteer, options.Seed);

// The corpus, generated before anything is timed (and written out when asked).
Console.Error.WriteLine($"bench: generating {options.Articles:N0} articles (seed {options.Seed})...");
var generating = Stopwatch.StartNew();
var articles = new List<Article>(options.Articles);
long bodyBytes = 0, sentencesWritten = 0, planted = 0, furniture = 0;
var territories = new HashSet<string>(StringComparer.Ordinal);
var generated = generator.Corpus(options.Articles).Select(a =>
{
    articles.Add(a.Article);
    bodyBytes += Encoding.UTF8.GetByteCount(a.Article.Body);
    sentencesWritten += a.Sentences;
    planted += a.Planted;
    furniture += a.Boilerplate;
    territories.UnionWith(a.Territories);
    return a;
});
if (options.Write is { } directory) CorpusGenerator.Write(directory, generated);
else foreach (var _ in generated) { }
generating.Stop();
if (options.Write is not null) Console.Error.WriteLine($"bench: wrote {articles.Count:N0} article files to {options.Write}");

var corpus = new CorpusFacts(articles.Count, bodyBytes, sentencesWritten, planted, furniture, generator.Cast.Disputes.Count,
    territories.Count, generating.Elapsed.TotalSeconds);

var extractor = new Extractor(gazetteer);
Console.Error.WriteLine($"bench: warming up on {Math.Min(options.Warmup, articles.Count)} articles...");
var rounds = Measurement.WarmUp(extractor, articles, options.Warmup);
Console.Error.WriteLine($"bench: the JIT settled after {rounds} warm-up rounds");

Console.Error.WriteLine($"bench: extracting {articles.Count:N0} articles on one thread...");
var run = Measurement.Run(extractor, articles);

(RunResult, double)? semantic = null;
if (options.Semantic)
{
    Console.Error.WriteLine("bench: loading the semantic stance reader's model...");
    using var embedder = new SentenceEmbedder();
    var loading = Stopwatch.StartNew();
    embedder.Embed(["The minister said the territory was part of the country."]);
    var loadSeconds = loading.Elapsed.TotalSeconds;
    var withReader = new Extractor(gazetteer, new SemanticStanceReader(StanceClassifier.Shipped, embedder));
    Measurement.WarmUp(withReader, articles, Math.Min(options.Warmup, 50));
    Console.Error.WriteLine($"bench: extracting {articles.Count:N0} articles again with the semantic stance reader...");
    semantic = (Measurement.Run(withReader, articles), loadSeconds);
}

HugeResult? huge = null;
if (options.HugeMb > 0)
{
    articles.Clear();
    articles.TrimExcess();
    var bytes = (int)(options.HugeMb * 1_000_000);
    var big = generator.HugeArticle(bytes);
    var size = Encoding.UTF8.GetByteCount(big.Article.Body);
    if (size > ArticleFile.MaxBytes)
        Console.Error.WriteLine($"bench: note: the huge article ({size:N0} bytes) is over the {ArticleFile.MaxBytes:N0}-byte limit ingest enforces");
    Console.Error.WriteLine($"bench: extracting one article of {size / 1e6:0.0} MB...");
    huge = Measurement.Huge(extractor, big.Article, size);
}

var report = new BenchReport(Report.Machine(options.Seed, affinity), corpus, run, huge, Report.Reference, Report.Verdict(run)) { Semantic = semantic };
Console.WriteLine(options.Json ? Report.Json(report) : Report.Table(report));
return 0;

// Belt and braces beside ops/bench's taskset: on Linux this pins the calling (main) thread, which runs the loop.
static string PinToOneCore()
{
    if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows()) return "not pinned (the OS does not allow it)";
    try
    {
        using var process = Process.GetCurrentProcess();
        process.ProcessorAffinity = 1;
        return "main thread pinned to CPU 0 (ProcessorAffinity = 1)";
    }
    catch (Exception e) when (e is System.ComponentModel.Win32Exception or PlatformNotSupportedException or InvalidOperationException)
    {
        return $"not pinned in code ({e.Message})";
    }
}
