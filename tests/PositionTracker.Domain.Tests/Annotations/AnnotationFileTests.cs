using PositionTracker.Domain.Annotations;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Tests.Annotations;

public class AnnotationFileTests
{
    private static readonly Provenance Source = TestData.From(TestData.ArticleA);

    private static IReadOnlyList<IDerivedEvent> Parse(string json) =>
        AnnotationFile.Parse(json, Source, TestData.SmallGazetteer(), TestData.Today);

    private static string Rejection(string json) => Assert.Throws<AnnotationRejected>(() => Parse(json)).Message;

    [Fact]
    public void Every_event_type_reads_into_its_event()
    {
        var events = Parse("""
            [
              {"type": "StatementMade", "actor": "UKR", "speaker": "A. Minister", "speakerRole": "foreign minister",
               "territory": "donetsk", "stance": "DemandsReturn", "quote": "give it back", "date": "2023-02-28", "precision": "day"},
              {"type": "TerritoryAnnexed", "by": "RUS", "from": "UKR", "territory": "crimea", "date": "2014-03", "precision": "month"},
              {"type": "ReferendumHeld", "territory": "crimea", "date": "2014", "precision": "year", "result": null},
              {"type": "TalksHeld", "parties": ["USA", "RUS"], "location": null, "date": "2017-01", "precision": "month", "format": "phone"},
              {"type": "SanctionsImposed", "by": ["USA", "EU"], "against": "RUS", "date": "2014", "precision": "year", "reason": "annexation"},
              {"type": "ControlReported", "territory": "donetsk", "controller": "RUS", "extent": "most", "date": "2025-02-27", "precision": "day"}
            ]
            """);

        var statement = Assert.IsType<StatementMade>(events[0]);
        Assert.Equal(("UKR", "donetsk", Stance.DemandsReturn, "give it back"), (statement.Actor, statement.Territory, statement.Stance, statement.Quote));
        Assert.Equal(PartialDate.OfMonth(2014, 3), Assert.IsType<TerritoryAnnexed>(events[1]).Date);
        Assert.Null(Assert.IsType<ReferendumHeld>(events[2]).Result);
        Assert.Equal(TalksFormat.Phone, Assert.IsType<TalksHeld>(events[3]).Format);
        Assert.Equal(["USA", "EU"], Assert.IsType<SanctionsImposed>(events[4]).By);
        Assert.Equal(ControlExtent.Most, Assert.IsType<ControlReported>(events[5]).Extent);
        Assert.All(events, e => Assert.Equal(Source, e.Source));
    }

    [Fact]
    public void Written_events_read_back_as_the_same_events()
    {
        var events = Parse("""
            [
              {"type": "StatementMade", "actor": "UKR", "speaker": null, "speakerRole": null, "territory": "donetsk",
               "stance": "DemandsReturn", "quote": "give it back", "date": "2023-02-28", "precision": "day"},
              {"type": "TalksHeld", "parties": ["USA", "RUS"], "location": "Riyadh", "date": "2025-02", "precision": "month", "format": "in-person"},
              {"type": "SanctionsImposed", "by": ["EU"], "against": "RUS", "date": "2014", "precision": "year", "reason": "annexation"},
              {"type": "ControlReported", "territory": "donetsk", "controller": "RUS", "extent": "most", "date": "2025-02-27", "precision": "day"}
            ]
            """);

        var again = Parse(AnnotationWriter.Write(events));

        Assert.Equal(events.Count, again.Count);
        Assert.All(events.Zip(again), pair => Assert.Equal(System.Text.Json.JsonSerializer.Serialize<object>(pair.First),
            System.Text.Json.JsonSerializer.Serialize<object>(pair.Second)));
    }

    [Fact]
    public void For_scoring_an_unknown_id_is_kept_as_written_and_reported()
    {
        var unknown = new List<string>();

        var events = AnnotationFile.Parse("""
            [{"type": "ControlReported", "territory": "atlantis", "controller": "RUS", "extent": "full", "date": "2024", "precision": "year"}]
            """, Source, TestData.SmallGazetteer(), TestData.Today, unknown);

        Assert.Equal("atlantis", Assert.IsType<ControlReported>(Assert.Single(events)).Territory);
        Assert.Contains("unknown territory id 'atlantis'", Assert.Single(unknown));
    }

    [Fact]
    public void An_unknown_actor_code_names_the_event_the_field_and_the_code() =>
        Assert.Equal(
            "event 2 (StatementMade) field \"actor\": unknown actor code 'RUX' (expected an ISO 3166-1 alpha-3 code like RUS, or EU, UN, NATO)",
            Rejection("""
                [{"type": "ReferendumHeld", "territory": "crimea", "date": "2014"},
                 {"type": "StatementMade", "actor": "RUX", "territory": "crimea", "stance": "ClaimsSovereignty", "date": "2014"}]
                """));

    [Theory]
    [InlineData("""[{"type": "ReferendumHeld", "territory": "atlantis", "date": "2014"}]""", "unknown territory id 'atlantis'")]
    [InlineData("""[{"type": "StatementMade", "actor": "RUS", "territory": "crimea", "stance": "Likes", "date": "2014"}]""", "unknown stance 'Likes'")]
    [InlineData("""[{"type": "ReferendumHeld", "territory": "crimea", "date": "2014-02-30"}]""", "'2014-02-30' is not a date")]
    [InlineData("""[{"type": "ReferendumHeld", "territory": "crimea", "date": "2014-03", "precision": "day"}]""", "'day' does not fit the date '2014-03', which has month precision")]
    [InlineData("""[{"type": "TalksHeld", "parties": [], "date": "2014", "format": "phone"}]""", "field \"parties\" is empty")]
    [InlineData("""[{"type": "TalksHeld", "parties": ["USA", "RUS"], "date": "2014", "format": "carrier pigeon"}]""", "'carrier pigeon' is not one of in-person, phone, video")]
    [InlineData("""[{"type": "ControlReported", "territory": "crimea", "controller": "RUS", "extent": "lots", "date": "2014"}]""", "'lots' is not one of full, most, part, none")]
    [InlineData("""[{"type": "Invaded", "date": "2014"}]""", "event 1 (Invaded) unknown type 'Invaded'")]
    [InlineData("""[{"date": "2014"}]""", "event 1 has no \"type\"")]
    [InlineData("""[{"type": "ReferendumHeld", "date": "2014"}]""", "has no \"territory\"")]
    [InlineData("""{"type": "ReferendumHeld"}""", "must hold a JSON array")]
    [InlineData("""[{"type": "ReferendumHeld",""", "is not valid JSON (line 1")]
    public void Bad_annotations_are_rejected_with_a_reason(string json, string expected) =>
        Assert.Contains(expected, Rejection(json));
}
