using PositionTracker.Domain.Catalog;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Ingesting;

/// <summary>Bad files are turned away with their reason; the rest of the batch still goes in.</summary>
[Collection(TrackerCollection.Name)]
public sealed class RejectingBadInputTests(TrackerFixture tracker) : IAsyncLifetime
{
    private readonly ArticleFolder _batch = new();

    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync()
    {
        _batch.Dispose();
        return Task.CompletedTask;
    }

    private string Write(string name, string text) => _batch.Write(name, text);

    private const string GoodArticle = """
        ---
        outlet: Test Wire
        published: 2024-05-02
        title: Ministry restates claim to the heights
        ---
        The foreign ministry said on Thursday the heights belonged to the country.
        """;

    [Fact]
    public async Task Each_bad_file_is_rejected_naming_the_file_and_the_problem_while_good_ones_go_in()
    {
        var good = Write("articles/good.txt", GoodArticle);
        Write("gold/good.json", """
            [{"type": "StatementMade", "actor": "SYR", "speaker": null, "speakerRole": "foreign ministry",
              "territory": "golan-heights", "stance": "ClaimsSovereignty", "quote": null, "date": "2024-05-02", "precision": "day"}]
            """);
        var noHeader = Write("articles/no-header.txt", "The ministry said the heights were not for sale.");
        var noDate = Write("articles/no-date.txt", "---\noutlet: Test Wire\ntitle: Undated\n---\nSome text.");
        var badDate = Write("articles/bad-date.txt", "---\noutlet: Test Wire\npublished: 2024-02-31\n---\nSome text.");
        var emptyBody = Write("articles/empty-body.txt", "---\noutlet: Test Wire\npublished: 2024-05-02\n---\n\n");
        var binary = _batch.Write("articles/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var unknownActor = Write("articles/unknown-actor.txt", GoodArticle.Replace("Test Wire", "Other Wire"));
        var badGold = Write("gold/unknown-actor.json", """
            [{"type": "StatementMade", "actor": "XYZ", "speaker": null, "speakerRole": null,
              "territory": "golan-heights", "stance": "ClaimsSovereignty", "quote": null, "date": "2024-05-02", "precision": "day"}]
            """);
        var missing = Path.Combine(_batch.Root, "not-there.txt");

        var report = await tracker.IngestAsync(_batch.Root, missing);

        Assert.Equal([good], report.Added.Select(a => a.File));
        var reasons = report.Rejected.ToDictionary(r => r.File, r => r.Reason);
        Assert.Contains("has no header", reasons[noHeader]);
        Assert.Contains("has no published date", reasons[noDate]);
        Assert.Contains("published '2024-02-31' is not a date", reasons[badDate]);
        Assert.Contains("has an empty body", reasons[emptyBody]);
        Assert.Contains("is binary", reasons[binary]);
        Assert.Contains(badGold, reasons[unknownActor]);
        Assert.Contains("unknown actor code 'XYZ'", reasons[unknownActor]);
        Assert.Equal("no such file or folder", reasons[missing]);
        Assert.Equal(7, report.Rejected.Count);

        var syria = await tracker.Queries.PositionOnAsync(Gazetteer.Default.ActorByCode("SYR")!,
            Gazetteer.Default.TerritoryById("golan-heights")!, new DateOnly(2024, 5, 2), default);
        Assert.Single(syria.Stances);
    }

    [Fact]
    public async Task A_rejected_article_goes_in_once_its_annotation_is_fixed()
    {
        var article = Write("articles/fixable.txt", GoodArticle);
        Write("gold/fixable.json", """[{"type": "ReferendumHeld", "territory": "golan-hieghts", "date": "2024"}]""");
        Assert.Single((await tracker.IngestAsync(article)).Rejected);

        Write("gold/fixable.json", """[{"type": "ReferendumHeld", "territory": "golan-heights", "date": "2024"}]""");
        var report = await tracker.IngestAsync(article);

        Assert.Equal(1, Assert.Single(report.Added).Events);
    }

    [Fact]
    public async Task An_article_without_an_annotation_gets_its_events_from_the_extractor()
    {
        var article = Write("bare.txt", GoodArticle.Replace(
            "The foreign ministry said on Thursday the heights belonged to the country.",
            "Syria's foreign ministry said on Thursday that the Golan Heights are an integral part of Syria."));

        var added = Assert.Single((await tracker.IngestAsync(article)).Added);

        Assert.Equal(Extraction.Extractor.DerivedBy, added.DerivedBy);
        Assert.Equal(1, added.Events);
        var syria = await tracker.Queries.PositionOnAsync(Gazetteer.Default.ActorByCode("SYR")!,
            Gazetteer.Default.TerritoryById("golan-heights")!, new DateOnly(2024, 5, 2), default);
        var evidence = Assert.Single(Assert.Single(syria.Stances).Evidence);
        Assert.Equal(Extraction.Extractor.DerivedBy, evidence.DerivedBy);
    }

    [Fact]
    public async Task An_article_the_extractor_finds_nothing_in_is_stored_and_the_report_says_why()
    {
        var article = Write("quiet.txt", GoodArticle.Replace(
            "The foreign ministry said on Thursday the heights belonged to the country.", "Markets were calm on Thursday."));
        var progress = new List<string>();

        var report = await tracker.Batch.IngestAsync([article], p => progress.Add(p.Outcome), default);
        await tracker.CaughtUpAsync();

        Assert.Equal(0, Assert.Single(report.Added).Events);
        Assert.Contains("found no events", Assert.Single(progress));
    }
}
