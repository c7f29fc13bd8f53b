namespace PositionTracker.Ingesting;

public sealed record AddedArticle(string File, Guid Article, string? Outlet, DateOnly Published, int Events, string? DerivedBy);

public sealed record SkippedArticle(string File, Guid Article, string Reason);

public sealed record RejectedFile(string File, string Reason);

/// <param name="NotRead">Files left for a re-run because the batch was stopped (a signal) before them.</param>
public sealed record IngestReport(
    IReadOnlyList<AddedArticle> Added,
    IReadOnlyList<SkippedArticle> Skipped,
    IReadOnlyList<RejectedFile> Rejected,
    int NotRead = 0);

/// <summary>What happened to one file, reported as the batch goes.</summary>
public sealed record IngestProgress(int Done, int Total, string File, string Outcome);
