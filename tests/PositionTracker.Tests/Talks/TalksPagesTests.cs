using System.Text.Json;
using Marten;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Talks;
using PositionTracker.Domain.Territories;
using PositionTracker.Talks;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Talks;

/// <summary>Talks read from their rows a page at a time are the meetings the reports make folded one by one, each once.</summary>
[Collection(TrackerCollection.Name)]
public sealed class TalksPagesTests(TrackerFixture tracker) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await tracker.ResetAsync();
        await tracker.IngestAsync(Repository.CuratedSeeds);
        await tracker.Batch.IngestAsync([Path.Combine(Repository.Seeds, "dev", "articles")], null, default, ignoreGold: true);
        await tracker.CaughtUpAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string?, string?, string?> Filters => new()
    {
        { null, null, null },
        { null, null, "RUS" },
        { "2015-06-01", "2023-12-31", null },
        { "2022-01-01", null, "UKR" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public Task Pages_of_a_few_reports_give_every_meeting_once_as_the_fold_of_every_report_gives_it(string? from, string? to, string? party) =>
        AssertPagesAreTheFoldAsync(new TalksFilter(from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), party), 3);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_meeting_reported_by_year_by_month_and_by_day_is_one_meeting_on_the_page_of_its_day(int limit)
    {
        // One summit in 2031 at three precisions, with other talks on the days around it so that pages end among them.
        await AppendTalksAsync("Wire One", "2031", ["NOR", "SWE"]);
        await AppendTalksAsync("Wire Two", "2031-05", ["NOR", "SWE"]);
        await AppendTalksAsync("Wire Three", "2031-05-20", ["NOR", "SWE"]);
        await AppendTalksAsync("Wire Four", "2031-02-02", ["FIN", "NOR"]);
        await AppendTalksAsync("Wire Five", "2031-05-21", ["FIN", "SWE"]);
        await AppendTalksAsync("Wire Six", "2031-12-30", ["NOR", "SWE"], location: "Oslo");
        await tracker.CaughtUpAsync();

        await AssertPagesAreTheFoldAsync(new TalksFilter(new DateOnly(2031, 1, 1), null, "NOR"), limit);
        await using var session = tracker.Store.QuerySession();
        var summit = Assert.Single((await TalksPages.ReadAsync(session, new TalksFilter(null, null, "SWE"), new DateOnly(2031, 5, 19), 1, default)).Talks);
        Assert.Equal(("2031-05-20", 3, 3), (summit.Date.ToString(), summit.Reports, summit.Outlets));
    }

    private async Task AppendTalksAsync(string outlet, string date, string[] parties, string? location = null)
    {
        var article = Guid.NewGuid();
        var published = new DateOnly(2032, 1, 5);
        await using var session = tracker.Store.LightweightSession();
        session.Events.StartStream<ArticleRecord>(article,
            new ArticleIngested(article, outlet, "Talks", published, null, article.ToString(), $"Talks reported by {outlet}.",
                new Dictionary<string, string>(), "talks.txt", Provenance.Gold),
            new TalksHeld(parties, location, PartialDate.Parse(date), TalksFormat.InPerson, new Provenance(article, outlet, published, Provenance.Gold)));
        await session.SaveChangesAsync();
    }

    private async Task AssertPagesAreTheFoldAsync(TalksFilter filter, int limit)
    {
        await using var session = tracker.Store.QuerySession();
        var expected = (await FoldEveryReportAsync(session))
            .Where(m => (filter.Party is null || m.Parties.Contains(filter.Party))
                        && (filter.From is null || m.Date.End >= filter.From) && (filter.To is null || m.Date.Start <= filter.To))
            .OrderBy(m => m.Date).ThenBy(m => string.Join('+', m.Parties), StringComparer.Ordinal)
            .Select(m => m with { Sources = m.Sources.Take(Corroboration.SampleSize).ToList() })
            .ToList();
        Assert.True(expected.Count > 2, $"only {expected.Count} meetings to compare");

        var read = new List<Meeting>();
        DateOnly? after = null;
        var pages = 0;
        do
        {
            var page = await TalksPages.ReadAsync(session, filter, after, limit, default);
            read.AddRange(page.Talks);
            after = page.Next;
            Assert.True(++pages <= expected.Sum(m => m.Reports) + 1, "the pages do not end");
        } while (after is not null);

        Assert.True(pages > 1, "every meeting came in one page");
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(read));
        var whole = await TalksPages.ReadAsync(session, filter, null, limit: 5000, default);
        Assert.Null(whole.Next);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(whole.Talks));
    }

    /// <summary>What the talks logs held before talks became rows: every report folded in the order recorded, by set of parties.</summary>
    private static async Task<IEnumerable<Meeting>> FoldEveryReportAsync(IQuerySession session)
    {
        var logs = new Dictionary<string, TalksLog>();
        foreach (var e in await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync())
        {
            if (e.Data is TalksHeld talks)
            {
                var key = TalksLog.KeyOf(talks.Parties);
                logs[key] = (logs.GetValueOrDefault(key) ?? TalksLog.Empty(talks.Parties)).Record(talks, e.Id);
            }
            else if (e.Data is ArticleReextracted reextracted)
                foreach (var key in reextracted.Talks ?? [])
                    if (logs.TryGetValue(key, out var log)) logs[key] = log.Without(reextracted.ArticleId, reextracted.Superseded);
        }
        return logs.Values.SelectMany(l => l.Meetings);
    }
}
