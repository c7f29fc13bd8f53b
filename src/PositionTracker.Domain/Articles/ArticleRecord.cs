using System.Text.Json;
using PositionTracker.Domain.Dates;

namespace PositionTracker.Domain.Articles;

/// <summary>One line per event derived from an article: its type, date and a readable summary.</summary>
public sealed record DerivedEventLine(string Type, PartialDate Date, string Summary);

/// <summary>What was ingested from one article and which events came out of it.</summary>
public sealed record ArticleRecord(
    Guid Id,
    string? Outlet,
    string? Title,
    DateOnly Published,
    string? Url,
    string ContentHash,
    string SourceFile,
    IReadOnlyDictionary<string, string> Metadata,
    int BodyLength,
    string? DerivedBy,
    IReadOnlyList<DerivedEventLine> Events,
    IReadOnlyList<string> Superseded,
    IReadOnlyList<string> Corrections)
{
    public static ArticleRecord Start(ArticleIngested e) => new(e.ArticleId, e.Outlet, e.Title, e.Published, e.Url,
        e.ContentHash, e.SourceFile, e.Metadata, e.Body.Length, e.DerivedBy, [], [], []);

    public ArticleRecord Add(IDerivedEvent e) => this with
    {
        DerivedBy = DerivedBy ?? e.Source.DerivedBy,
        Events = [.. Events, new DerivedEventLine(e.GetType().Name, e.Date, Describe(e))],
    };

    public ArticleRecord Corrected(StatementCorrected c) => this with
    {
        Corrections = [.. Corrections, $"{c.Analyst} {(c.Retracted ? "retracted" : "amended")} \"{Describe(c.Replaced)}\"" +
                                       (c.Amended is { } a ? $" to \"{Describe(a)}\"" : "") + $": {c.Reason}"],
    };

    /// <summary>The events that follow replace the current ones; which source was replaced is kept.</summary>
    public ArticleRecord Reextracted(ArticleReextracted e) =>
        this with { DerivedBy = e.DerivedBy, Events = [], Superseded = [.. Superseded, e.Superseded ?? "none"] };

    public static string Describe(IDerivedEvent e) => e switch
    {
        StatementMade s => $"{s.Actor} {s.Stance} on {s.Territory}" +
                           (s.Speaker is null ? "" : $", {s.Speaker}") +
                           (s.Quote is null ? "" : $": \"{s.Quote}\""),
        TerritoryAnnexed a => $"{a.Territory} annexed by {a.By} from {a.From}",
        ReferendumHeld r => $"referendum in {r.Territory}" + (r.Result is null ? "" : $": {r.Result}"),
        TalksHeld t => $"talks between {string.Join(", ", t.Parties)} ({JsonSerializer.Serialize(t.Format).Trim('"')})" +
                       (t.Location is null ? "" : $" in {t.Location}"),
        SanctionsImposed s => $"sanctions by {string.Join(", ", s.By)} against {s.Against}" + (s.Reason is null ? "" : $" over {s.Reason}"),
        ControlReported c => $"{c.Controller} controls {JsonSerializer.Serialize(c.Extent).Trim('"')} of {c.Territory}",
        _ => e.GetType().Name,
    };
}
