using System.Diagnostics;
using System.Runtime;
using PositionTracker.Domain.Articles;
using PositionTracker.Extraction;

namespace PositionTracker.Bench;

public sealed record RunResult(
    int Articles,
    long Sentences,
    long Events,
    IReadOnlyDictionary<string, long> EventsByType,
    int ArticlesWithoutEvents,
    double Seconds,
    long AllocatedBytes,
    long HeapBeforeBytes,
    long HeapAfterBytes,
    long PeakWorkingSetBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections)
{
    public double SentencesPerSecond => Sentences / Seconds;
    public double ArticlesPerSecond => Articles / Seconds;
    public double EventsPerSecond => Events / Seconds;
    public double AllocatedBytesPerArticle => (double)AllocatedBytes / Articles;
    public double MicrosecondsPerSentence => Seconds * 1e6 / Sentences;
}

public sealed record HugeResult(
    long Bytes,
    int Sentences,
    int Events,
    double Seconds,
    long AllocatedBytes,
    long PeakWorkingSetBytes,
    long WorkingSetBeforeBytes,
    bool PeakCoversThisRunOnly)
{
    public double SentencesPerSecond => Sentences / Seconds;
}

/// <summary>The timed parts: a single-threaded loop over the corpus, then one huge article alone.</summary>
public static class Measurement
{
    /// <summary>
    /// Runs the warm-up articles until the JIT has settled. On one pinned core the runtime's background compiler only
    /// runs when the main thread yields, so without the pauses the timed loop would measure unoptimised tier-0 code
    /// (about four times slower here), not the extractor a long-running ingest reaches.
    /// </summary>
    public static int WarmUp(Extractor extractor, IReadOnlyList<Article> articles, int count)
    {
        var rounds = 0;
        for (long compiled = -1; rounds < MaxWarmUpRounds; rounds++)
        {
            for (var i = 0; i < Math.Min(count, articles.Count); i++) extractor.Extract(articles[i]);
            Thread.Sleep(300);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled) break;
            compiled = now;
        }
        return rounds + 1;
    }

    private const int MaxWarmUpRounds = 20;

    public static RunResult Run(Extractor extractor, IReadOnlyList<Article> articles)
    {
        var heapBefore = SettledHeap();
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        long sentences = 0, events = 0;
        var empty = 0;
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            var result = extractor.Extract(article);
            sentences += result.Sentences;
            events += result.Events.Count;
            if (result.Events.Count == 0) empty++;
            foreach (var e in result.Events)
            {
                var name = e.Source.Evidence?.Rule == Extraction.Semantic.SemanticStanceReader.RuleId ? "StatementMade (semantic)" : e.GetType().Name;
                byType[name] = byType.GetValueOrDefault(name) + 1;
            }
        }
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        gen0 = GC.CollectionCount(0) - gen0;
        gen1 = GC.CollectionCount(1) - gen1;
        gen2 = GC.CollectionCount(2) - gen2;
        var peak = PeakWorkingSet();
        return new RunResult(articles.Count, sentences, events, byType.OrderByDescending(kv => kv.Value).ToDictionary(),
            empty, clock.Elapsed.TotalSeconds, allocated, heapBefore, SettledHeap(), peak, gen0, gen1, gen2);
    }

    public static HugeResult Huge(Extractor extractor, Article huge, long bytes)
    {
        SettledHeap();
        var reset = ResetPeakWorkingSet();
        var before = CurrentWorkingSet();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = extractor.Extract(huge);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new HugeResult(bytes, result.Sentences, result.Events.Count, clock.Elapsed.TotalSeconds, allocated,
            PeakWorkingSet(), before, reset);
    }

    /// <summary>The managed heap once everything collectable is gone.</summary>
    public static long SettledHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public static long CurrentWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>
    /// Linux keeps the peak resident set (VmHWM) for the process's life; writing 5 to /proc/self/clear_refs
    /// starts it again from the current size, so the next peak is the huge article's own.
    /// </summary>
    private static bool ResetPeakWorkingSet()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
