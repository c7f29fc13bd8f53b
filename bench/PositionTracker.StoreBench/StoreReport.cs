using System.Text;

namespace PositionTracker.StoreBench;

public static class StoreReport
{
    public static string Text(int articles, IReadOnlyList<(int Articles, double Seconds, long Events)> slices, double ingestSeconds,
        Baseline baseline, (long Events, double Seconds) catchUp, double rebuildSeconds, long databaseBytes, int storedArticles,
        IReadOnlyList<(string Name, (long Events, double Seconds) Run)> appends, IReadOnlyList<(string Name, Percentiles Latency)> queries,
        long peakMemoryBytes, (double Hello, double Stance) coldStart, IReadOnlyList<HttpFigures> http)
    {
        var text = new StringBuilder();
        var events = slices.Sum(s => s.Events);
        text.AppendLine($"store bench: {articles:N0} generated articles, {events:N0} events (ingested through the extractor, one article per command)");
        text.AppendLine();
        text.AppendLine("ingest cost per article, by slice (the read models caught up at the end of each):");
        foreach (var (s, i) in slices.Select((s, i) => (s, i)))
            text.AppendLine($"  slice {i + 1,2}: {1000 * s.Seconds / s.Articles,7:F1} ms/article  {s.Events / s.Seconds,9:N0} events/s");
        var first = slices[0].Seconds / slices[0].Articles;
        var last = slices[^1].Seconds / slices[^1].Articles;
        text.AppendLine($"  last slice against the first: {last / first:F2}x");
        text.AppendLine();
        var ingestRate = events / ingestSeconds;
        text.AppendLine($"ingest, end to end:  {ingestRate,10:N0} events/s  against binary COPY of the same rows {baseline.CopyPerSecond,10:N0}/s: {100 * ingestRate / baseline.CopyPerSecond:F2}%");
        foreach (var (name, (appended, seconds)) in appends)
        {
            var rate = appended / seconds;
            text.AppendLine($"append path alone, {name + ":",-26} {rate,8:N0} events/s: {100 * rate / baseline.CopyPerSecond:F2}% of COPY");
        }
        var catchUpRate = catchUp.Events / catchUp.Seconds;
        text.AppendLine($"catch-up after the appends: {catchUpRate,6:N0} events/s  against a raw scan of the events {baseline.ScanPerSecond,10:N0}/s: {100 * catchUpRate / baseline.ScanPerSecond:F2}%");
        var rebuildRate = baseline.Events / rebuildSeconds;
        text.AppendLine($"rebuild, every projection: {rebuildRate,6:N0} events/s  against a raw scan of the events {baseline.ScanPerSecond,10:N0}/s: {100 * rebuildRate / baseline.ScanPerSecond:F2}%");
        text.AppendLine($"database after the rebuild: {databaseBytes / 1048576.0:N0} MiB, {databaseBytes / 1048576.0 / (storedArticles / 1000.0):F1} MiB per 1k articles ({storedArticles:N0} stored)");
        text.AppendLine($"peak memory of the bench process (ingest, daemon, rebuild, queries): {peakMemoryBytes / 1048576.0:N0} MiB");
        text.AppendLine();
        text.AppendLine("queries in process (p50 / p99 over 100 calls; RUS on crimea, crimea):");
        foreach (var (name, latency) in queries) text.AppendLine($"  {name,-24} {latency.P50,7:F1} / {latency.P99,7:F1} ms");
        text.AppendLine();
        text.AppendLine("over HTTP, a serve process, 4 requests in flight, 400 each (p50 / p99, requests/s, against the static file):");
        var floor = http[0].PerSecond;
        foreach (var h in http)
            text.AppendLine($"  {h.Name,-24} {h.P50,7:F1} / {h.P99,7:F1} ms  {h.PerSecond,7:N0}/s  {100 * h.PerSecond / floor,6:F1}%");
        text.AppendLine();
        text.AppendLine(ColdStartLine(7, coldStart));
        return text.ToString();
    }

    public static string ColdStartLine(int runs, (double Hello, double Stance) coldStart) =>
        $"cold start, median of {runs}: `stance` in a new process {1000 * coldStart.Stance:F0} ms against a hello-world " +
        $"{1000 * coldStart.Hello:F0} ms: {coldStart.Stance / coldStart.Hello:F1}x";
}
