using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Stances;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Positions;

/// <summary>What the five seed articles say, asked the way an analyst asks.</summary>
[Collection(TrackerCollection.Name)]
public sealed class SeedAnswersTests(TrackerFixture tracker) : IAsyncLifetime
{
    private static readonly Gazetteer Places = Gazetteer.Default;
    private static readonly Actor Russia = Places.ActorByCode("RUS")!;
    private static readonly Actor Ukraine = Places.ActorByCode("UKR")!;
    private static readonly Territory Crimea = Places.TerritoryById("crimea")!;
    private static readonly Territory Donetsk = Places.TerritoryById("donetsk")!;

    public async Task InitializeAsync()
    {
        await tracker.ResetAsync();
        await tracker.IngestAsync(Repository.CuratedSeeds);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Russia_on_Crimea_on_15_February_2017_claims_it_and_refuses_to_discuss_it_per_both_outlets()
    {
        var answer = await tracker.Queries.PositionOnAsync(Russia, Crimea, new DateOnly(2017, 2, 15), default);

        Assert.Equal([Stance.ClaimsSovereignty, Stance.RejectsNegotiation], answer.Stances.Select(s => s.Stance));
        Assert.All(answer.Stances, s =>
        {
            Assert.Equal("2017-02-15", s.LastStated.ToString());
            Assert.Equal(0, s.DaysBefore);
            Assert.Equal(["Press TV", "RFE/RL"], s.Evidence.Select(e => e.Outlet).Distinct().Order());
        });
        var refusal = answer.Stances.Single(s => s.Stance == Stance.RejectsNegotiation).Evidence;
        Assert.Contains(refusal, e => e is { Speaker: "Maria Zakharova", Quote: "We don't give back our own territory." });
        Assert.Contains(refusal, e => e is { Speaker: "Vyacheslav Volodin", Quote: null });
    }

    [Fact]
    public async Task Peskovs_refusal_is_one_timeline_entry_with_two_sources()
    {
        var timeline = await tracker.Queries.TimelineAsync(Russia, Crimea, default);

        var refusal = Assert.Single(timeline.Entries,
            e => e.Speaker == "Dmitry Peskov" && e.Stance == Stance.RejectsNegotiation && e.Date.ToString() == "2017-02-15");
        Assert.Equal(["Press TV", "RFE/RL"], refusal.Sources.Select(s => s.Outlet));
        Assert.Equal(2, refusal.Outlets);
        Assert.Contains(refusal.Sources, s => s.Quote == "The theme of returning Crimea will not be discussed");
    }

    [Fact]
    public async Task On_14_February_2017_no_Russian_statement_on_Crimea_is_known_but_the_2014_annexation_is()
    {
        var answer = await tracker.Queries.PositionOnAsync(Russia, Crimea, new DateOnly(2017, 2, 14), default);

        Assert.Empty(answer.Stances);
        var annexation = Assert.Single(answer.Annexations);
        Assert.Equal("annexed by RUS from UKR", annexation.What);
        Assert.Equal("2014-03", annexation.Date.ToString());
        Assert.Equal(5, annexation.Outlets);
    }

    [Fact]
    public async Task Ukraine_on_Donetsk_on_1_March_2025_rejects_the_annexation_concedes_control_and_still_demands_return()
    {
        var answer = await tracker.Queries.PositionOnAsync(Ukraine, Donetsk, new DateOnly(2025, 3, 1), default);

        Assert.Equal(
            [(Stance.RejectsAnnexation, "2025-02-27", 2), (Stance.DemandsReturn, "2023-02-28", 732), (Stance.ConcedesControl, "2025-02-27", 2)],
            answer.Stances.Select(s => (s.Stance, s.LastStated.ToString(), s.DaysBefore)));
        Assert.Equal("Georgiy Tykhy", answer.Stances[0].Evidence.Single().Speaker);
    }

    [Fact]
    public async Task A_territory_on_a_date_shows_its_facts_and_every_actors_position()
    {
        var answer = await tracker.Queries.TerritoryOnAsync(Donetsk, new DateOnly(2025, 3, 1), default);

        Assert.Equal(["2022-09"], answer.Annexations.Select(a => a.Date.ToString()));
        Assert.Equal(["2022"], answer.Referendums.Select(r => r.Date.ToString()));
        var control = Assert.Single(answer.Control);
        Assert.Equal(("RUS controls most of it", "2025-02-27", 2), (control.What, control.Date.ToString(), control.Outlets));
        Assert.Equal(["RUS", "UKR"], answer.Positions.Select(p => p.Actor));
    }

    [Fact]
    public async Task An_actor_without_statements_has_an_empty_position_not_an_error()
    {
        var answer = await tracker.Queries.PositionOnAsync(Places.ActorByCode("JPN")!, Places.TerritoryById("golan-heights")!,
            new DateOnly(2020, 1, 1), default);

        Assert.Empty(answer.Stances);
        Assert.Empty(answer.Annexations);
    }
}
