using System.Text.Json;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Positions;
using PositionTracker.Domain.Stances;
using static PositionTracker.Domain.Tests.TestData;

namespace PositionTracker.Domain.Tests.Positions;

public class StanceTimelineBatchTests
{
    [Fact]
    public void Many_statements_at_once_give_the_timeline_that_recording_them_one_by_one_gives()
    {
        (StatementMade, Guid)[] statements =
        [
            (Statement(Stance.ClaimsSovereignty, "2017-02-15", speaker: "Dmitry Peskov", source: From(ArticleA)), Guid.NewGuid()),
            (Statement(Stance.ClaimsSovereignty, "2017-02-15", speaker: "dmitry peskov", source: From(ArticleB, "Other Daily")), Guid.NewGuid()),
            (Statement(Stance.ClaimsSovereignty, "2017-02-15", speaker: null, source: From(ArticleC)), Guid.NewGuid()),
            (Statement(Stance.RejectsNegotiation, "2017-02-15", speaker: "Dmitry Peskov", source: From(ArticleA)), Guid.NewGuid()),
            (Statement(Stance.ClaimsSovereignty, "2014-03", speaker: "Vladimir Putin", source: From(ArticleB, "Other Daily")), Guid.NewGuid()),
        ];
        var withRepeat = statements.Append(statements[0]).ToList();

        foreach (var order in new[] { withRepeat, Enumerable.Reverse(withRepeat).ToList() })
        {
            var oneByOne = order.Aggregate(StanceTimeline.Empty("RUS", "crimea"), (t, s) => t.Record(s.Item1, s.Item2));
            var atOnce = StanceTimeline.Of("RUS", "crimea", order);

            Assert.Equal(4, oneByOne.Entries.Count);
            Assert.Equal(JsonSerializer.Serialize(oneByOne), JsonSerializer.Serialize(atOnce));
        }
    }
}
