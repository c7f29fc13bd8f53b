using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using PositionTracker.Extraction;

namespace PositionTracker.Bench;

public sealed record MachineFacts(
    string Processor,
    int MachineProcessors,
    int ProcessorCount,
    string CpusAllowed,
    string Affinity,
    string Runtime,
    string Os,
    string GarbageCollector,
    string ExtractorBuild,
    string ExtractorVersion,
    int Seed);

public sealed record CorpusFacts(
    int Articles,
    long BodyBytes,
    long GeneratedSentences,
    long PlantedEvents,
    long BoilerplateLines,
    int Disputes,
    int TerritoriesUsed,
    double GenerateSeconds)
{
    public double SentencesPerArticle => (double)GeneratedSentences / Articles;
    public double PlantedEventsPerArticle => (double)PlantedEvents / Articles;
    public double PlantedEventsPerSentence => (double)PlantedEvents / GeneratedSentences;
}

/// <summary>Where the figure stands: a classic dictionary coder, and the project's aim.</summary>
public sealed record ReferencePoint(string Tabari, int AimSentencesPerSecondPerCore);

public sealed record BenchReport(MachineFacts Machine, CorpusFacts Corpus, RunResult Run, HugeResult? Huge, ReferencePoint Reference, string Verdict)
{
    /// <summary>The same corpus read again with the semantic stance reader, and how long its model took to load.</summary>
    public (RunResult Run, double LoadSeconds)? Semantic { get; init; }
}

public static class Report
{
    public static readonly ReferencePoint Reference = new("TABARI (dictionary-based event coder): 1,000-2,000 sentences/second", 20_000);

    public static MachineFacts Machine(int seed, string affinity) => new(
        Processor(),
        MachineProcessors(),
        Environment.ProcessorCount,
        StatusLine("Cpus_allowed_list") ?? "unknown",
        affinity,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + $", latency mode {GCSettings.LatencyMode}",
        typeof(Extractor).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? "Debug (not optimised!)" : "Release",
        Extractor.Version,
        seed);

    public static string Verdict(RunResult run) =>
        run.SentencesPerSecond >= Reference.AimSentencesPerSecondPerCore
            ? $"meets the aim ({run.SentencesPerSecond / Reference.AimSentencesPerSecondPerCore:0.00}x of 20,000 sentences/s/core)"
            : $"below the aim ({run.SentencesPerSecond / Reference.AimSentencesPerSecondPerCore:0.00}x of 20,000 sentences/s/core)";

    public static string Json(BenchReport report) => JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    public static string Table(BenchReport r)
    {
        var sb = new StringBuilder();
        var m = r.Machine;
        var c = r.Corpus;
        var run = r.Run;
        void Line(string label, string value, string note = "") =>
            sb.Append("  ").Append(label.PadRight(34)).Append(value.PadLeft(16)).Append(note.Length > 0 ? "   " + note : "").Append('\n');

        sb.Append("PositionTracker extractor benchmark\n\n");
        sb.Append("Machine\n");
        Line("processor", "", m.Processor);
        Line("logical processors (machine)", N(m.MachineProcessors));
        Line("Environment.ProcessorCount", N(m.ProcessorCount), "what the runtime sees: it honours the affinity mask it starts with");
        Line("CPUs allowed (affinity)", m.CpusAllowed, m.Affinity);
        Line(".NET", "", m.Runtime + ", " + m.Os);
        Line("garbage collector", "", m.GarbageCollector);
        Line("extractor", m.ExtractorVersion, m.ExtractorBuild);
        Line("generator seed", N(m.Seed));

        sb.Append("\nCorpus (generated, not timed)\n");
        Line("articles", N(c.Articles), $"{c.TerritoriesUsed} of the {c.Disputes} disputes the generator knows are written about");
        Line("body text", Mb(c.BodyBytes), $"{(double)c.BodyBytes / c.Articles:N0} bytes per article");
        Line("sentences written per article", c.SentencesPerArticle.ToString("0.0", Inv));
        Line("planted events per article", c.PlantedEventsPerArticle.ToString("0.00", Inv), $"{c.PlantedEventsPerSentence:P0} of sentences carry one");
        Line("boilerplate lines", N(c.BoilerplateLines), $"{(double)c.BoilerplateLines / c.Articles:0.0} per article");
        Line("generated in", Sec(c.GenerateSeconds));

        sb.Append("\nThroughput (one thread, one core)\n");
        Line("articles", N(run.Articles));
        Line("sentences (Extraction.Sentences)", N(run.Sentences), $"{(double)run.Sentences / run.Articles:0.0} per article");
        Line("events", N(run.Events), $"{(double)run.Events / run.Articles:0.00} per article, {(double)run.Events / run.Sentences:0.000} per sentence");
        foreach (var (type, count) in run.EventsByType) Line("  " + type, N(count));
        Line("articles with no event", N(run.ArticlesWithoutEvents));
        Line("elapsed", Sec(run.Seconds));
        Line("sentences/second", N(run.SentencesPerSecond), $"{run.MicrosecondsPerSentence:0.0} µs per sentence");
        Line("articles/second", N(run.ArticlesPerSecond));
        Line("events/second", N(run.EventsPerSecond));
        Line("reference", "", r.Reference.Tabari);
        Line("aim", N(r.Reference.AimSentencesPerSecondPerCore), "sentences/second per core: " + r.Verdict);

        if (r.Semantic is var (semantic, load))
        {
            sb.Append("\nWith the semantic stance reader (the same corpus, read again)\n");
            Line("model loaded in", Sec(load), "once per process, on the first sentence it reads");
            Line("sentences/second", N(semantic.SentencesPerSecond),
                $"{semantic.SentencesPerSecond / run.SentencesPerSecond:0.00}x of the patterns alone; aim 2,000 (TABARI's rate): {(semantic.SentencesPerSecond >= 2000 ? "met" : "not met")}");
            Line("statements it supplied", N(semantic.EventsByType.GetValueOrDefault("StatementMade (semantic)")),
                $"beside {N(semantic.EventsByType.GetValueOrDefault("StatementMade"))} by the patterns");
            Line("peak working set (process)", Mb(semantic.PeakWorkingSetBytes), "with the model loaded");
        }

        sb.Append("\nMemory\n");
        Line("peak working set (process)", Mb(run.PeakWorkingSetBytes), "corpus, extractor and run together");
        Line("GC heap before run (settled)", Mb(run.HeapBeforeBytes), "mostly the corpus itself");
        Line("GC heap after run (settled)", Mb(run.HeapAfterBytes), run.HeapAfterBytes - run.HeapBeforeBytes is var d && d > 1_000_000 ? $"+{Mb(d)} retained" : "nothing retained");
        Line("allocated per article", Kb(run.AllocatedBytesPerArticle), $"{Mb(run.AllocatedBytes)} in all");
        Line("allocated per sentence", Kb((double)run.AllocatedBytes / run.Sentences));
        Line("collections gen0/gen1/gen2", $"{run.Gen0Collections}/{run.Gen1Collections}/{run.Gen2Collections}");

        if (r.Huge is { } h)
        {
            sb.Append("\nOne huge article\n");
            Line("size", (h.Bytes / 1e6).ToString("0.00", Inv) + " MB", $"{N(h.Bytes)} bytes of UTF-8");
            Line("sentences", N(h.Sentences));
            Line("events", N(h.Events));
            Line("elapsed", Sec(h.Seconds), $"{h.SentencesPerSecond:N0} sentences/second");
            Line("allocated", Mb(h.AllocatedBytes));
            Line("peak working set", Mb(h.PeakWorkingSetBytes),
                h.PeakCoversThisRunOnly ? $"during this article (was {Mb(h.WorkingSetBeforeBytes)} before it)" : "process peak (could not reset)");
        }
        return sb.ToString();
    }

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static string N(double value) => value.ToString("N0", Inv);
    private static string Sec(double seconds) => seconds.ToString("0.000", Inv) + " s";
    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", Inv) + " MiB";
    private static string Kb(double bytes) => (bytes / 1024.0).ToString("0.0", Inv) + " KiB";

    private static string Processor()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null) return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static int MachineProcessors()
    {
        try
        {
            var count = File.ReadLines("/proc/cpuinfo").Count(l => l.StartsWith("processor", StringComparison.Ordinal));
            if (count > 0) return count;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Environment.ProcessorCount;
    }

    private static string? StatusLine(string key)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            return line?[(key.Length + 1)..].Trim();
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
