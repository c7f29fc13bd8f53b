using Marten;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Positions;
using PositionTracker.Positions;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction;
using PositionTracker.Reextracting;
using PositionTracker.Domain.Talks;
using PositionTracker.Talks;
using PositionTracker.Tests.Support;
using Wolverine;

namespace PositionTracker.Tests.Reextracting;

/// <summary>A better extractor supersedes an older one's events in history; nothing is overwritten.</summary>
[Collection(TrackerCollection.Name)]
public sealed class ReextractionTests(TrackerFixture tracker) : IAsyncLifetime
{
    private const string OldExtractor = "extractor 0.9.0";

    private static readonly Article Story = new("Test Wire", "Islands row", new DateOnly(2024, 3, 14), null, new Dictionary<string, string>(),
        "Argentine Foreign Minister Marta Quiroga said on Monday that the Malvinas are an inalienable part of Argentina.");

    public async Task InitializeAsync()
    {
        await tracker.ResetAsync();
        await tracker.IngestAsync(Repository.CuratedSeeds);
        await StoreAsIfAnOlderExtractorHadReadIt();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A stream as an older version left it: a wrong stance (a demand, not a claim) on the wrong day, and facts and talks the text does not give.</summary>
    private async Task StoreAsIfAnOlderExtractorHadReadIt()
    {
        await using var session = tracker.Store.LightweightSession();
        var source = new Provenance(Story.Id, Story.Outlet, Story.Published, OldExtractor);
        session.Events.StartStream<ArticleRecord>(Story.Id,
            new ArticleIngested(Story.Id, Story.Outlet, Story.Title, Story.Published, null, Story.ContentHash, Story.Body, Story.Metadata, "old.txt", OldExtractor),
            new StatementMade("ARG", null, null, "falkland-islands", Stance.DemandsReturn, null, PartialDate.Parse("2024-03-14"), source),
            new ControlReported("falkland-islands", "GBR", ControlExtent.Full, PartialDate.Parse("2024-03-14"), source),
            new TalksHeld(["GBR", "ARG"], null, PartialDate.Parse("2024-03-11"), TalksFormat.Phone, source));
        await session.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<object>> StreamAsync()
    {
        await using var session = tracker.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(Story.Id)).Select(e => e.Data).ToList();
    }

    private async Task<StanceTimeline?> TimelineAsync()
    {
        await using var session = tracker.Store.QuerySession();
        return (await Knowledge.Of(session, null).TimelinesOnAsync("falkland-islands", default)).SingleOrDefault(t => t.Actor == "ARG");
    }

    [Fact]
    public async Task The_current_extractor_supersedes_the_older_ones_events_which_stay_in_the_stream()
    {
        var results = await tracker.Host.Services.GetRequiredService<Reextractor>().RunAsync(null, default);
        await tracker.CaughtUpAsync();

        var reextracted = Assert.Single(results, r => r.Outcome == ReextractionOutcome.Reextracted);
        Assert.Equal((Story.Id, OldExtractor), (reextracted.ArticleId, reextracted.Superseded));
        Assert.Equal(5, results.Count(r => r.Outcome == ReextractionOutcome.Curated));

        var stream = await StreamAsync();
        Assert.Contains(stream, e => e is StatementMade { Stance: Stance.DemandsReturn, Source.DerivedBy: OldExtractor });
        var marker = Assert.Single(stream.OfType<ArticleReextracted>());
        Assert.Equal((OldExtractor, Extractor.DerivedBy), (marker.Superseded, marker.DerivedBy));
        Assert.Equal(["falkland-islands"], marker.Territories);
        Assert.Equal(["ARG+GBR"], marker.Talks);

        var timeline = await TimelineAsync();
        var entry = Assert.Single(timeline!.Entries);
        Assert.Equal((Stance.ClaimsSovereignty, "2024-03-11", "Marta Quiroga"), (entry.Stance, entry.Date.ToString(), entry.Speaker));
    }

    [Fact]
    public async Task The_older_extractors_facts_and_talks_are_set_aside_now_and_stand_as_known_before()
    {
        var before = DateTimeOffset.UtcNow;
        await tracker.Host.Services.GetRequiredService<Reextractor>().RunAsync(null, default);
        await tracker.CaughtUpAsync();

        await using var session = tracker.Store.QuerySession();
        var argentineTalks = new TalksFilter(null, null, "ARG");
        Assert.Null(await Knowledge.Of(session, null).FactsAsync("falkland-islands", default));
        Assert.Empty((await TalksPages.ReadAsync(session, argentineTalks, null, 100, default)).Talks);

        var earlier = await Knowledge.Of(session, before).FactsAsync("falkland-islands", default);
        Assert.Equal([("GBR", ControlExtent.Full, 1)], earlier!.Control.Select(c => (c.Controller, c.Extent, c.Reports)));
        var rows = await session.Query<TalksRecord>().Where(r => r.Article == Story.Id).ToListAsync();
        Assert.Equal([("ARG+GBR", true)], rows.Select(r => (r.PartiesKey, r.SupersededAt is not null)));
    }

    [Fact]
    public async Task The_sql_view_keeps_the_older_statement_and_names_the_extractor_that_superseded_it()
    {
        await tracker.Host.Services.GetRequiredService<Reextractor>().RunAsync(null, default);
        await tracker.CaughtUpAsync();

        var rows = await Sql.QueryAsync(tracker.ConnectionString,
            $"select stance, derived_by, superseded_by from positiontracker.stance_statements where article = '{Story.Id}' order by recorded_at");

        (string?, string?, string?)[] expected = [("DemandsReturn", OldExtractor, Extractor.DerivedBy), ("ClaimsSovereignty", Extractor.DerivedBy, null)];
        Assert.Equal(expected, rows.Select(r => ((string?)r["stance"], (string?)r["derived_by"], (string?)r["superseded_by"])));
    }

    [Fact]
    public async Task Running_it_again_with_the_same_extractor_appends_nothing()
    {
        var reextractor = tracker.Host.Services.GetRequiredService<Reextractor>();
        await reextractor.RunAsync(null, default);
        await tracker.CaughtUpAsync();
        var events = await tracker.EventCountAsync();
        var models = await tracker.ReadModelsAsync();

        var again = await reextractor.RunAsync(null, default);
        await tracker.CaughtUpAsync();

        Assert.DoesNotContain(again, r => r.Outcome == ReextractionOutcome.Reextracted);
        Assert.Equal(events, await tracker.EventCountAsync());
        Assert.Equal(models, await tracker.ReadModelsAsync());
    }

    [Fact]
    public async Task A_rebuild_after_reextraction_reproduces_the_read_models()
    {
        await tracker.Host.Services.GetRequiredService<Reextractor>().RunAsync(null, default);
        await tracker.CaughtUpAsync();
        var live = await tracker.ReadModelsAsync();

        await tracker.Rebuilder.RebuildAsync(null, default);

        Assert.Equal(live, await tracker.ReadModelsAsync());
    }

    [Fact]
    public async Task Curated_articles_are_never_reextracted()
    {
        var curated = (await tracker.IngestAsync(Repository.CuratedSeeds)).Skipped.Select(s => s.Article).ToHashSet();

        var results = await tracker.Host.Services.GetRequiredService<Reextractor>().RunAsync(null, default);
        await tracker.CaughtUpAsync();

        Assert.All(results.Where(r => curated.Contains(r.ArticleId)), r => Assert.Equal(ReextractionOutcome.Curated, r.Outcome));
    }

    [Fact]
    public async Task An_article_the_tracker_does_not_hold_is_reported_unknown_and_gets_no_stream()
    {
        var unknown = Guid.NewGuid();
        await using var scope = tracker.Host.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<ArticleReextraction>(new ReextractArticle(unknown));

        Assert.Equal(new ArticleReextraction(unknown, ReextractionOutcome.Unknown, null, 0), result);
        await using var session = tracker.Store.QuerySession();
        Assert.Empty(await session.Events.FetchStreamAsync(unknown));
    }
}
