using System.Text.Json;
using System.Text.Json.Nodes;
using PositionTracker.Domain.Articles;

namespace PositionTracker.Domain.Annotations;

/// <summary>Writes events in the shape of a gold file (ANNOTATION.md), field for field, so extractor output can be diffed against gold.</summary>
public static class AnnotationWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(IEnumerable<IDerivedEvent> events) =>
        new JsonArray(events.Select(Node).ToArray<JsonNode?>()).ToJsonString(Indented) + "\n";

    private static JsonObject Node(IDerivedEvent e)
    {
        var node = new JsonObject { ["type"] = e.GetType().Name };
        switch (e)
        {
            case StatementMade s:
                node["actor"] = s.Actor;
                node["speaker"] = s.Speaker;
                node["speakerRole"] = s.SpeakerRole;
                node["territory"] = s.Territory;
                node["stance"] = s.Stance.ToString();
                node["quote"] = s.Quote;
                break;
            case TerritoryAnnexed a:
                node["by"] = a.By;
                node["from"] = a.From;
                node["territory"] = a.Territory;
                break;
            case ReferendumHeld r:
                node["territory"] = r.Territory;
                break;
            case TalksHeld t:
                node["parties"] = new JsonArray(t.Parties.Select(p => (JsonNode?)p).ToArray());
                node["location"] = t.Location;
                node["format"] = JsonSerializer.SerializeToNode(t.Format);
                break;
            case SanctionsImposed x:
                node["by"] = new JsonArray(x.By.Select(p => (JsonNode?)p).ToArray());
                node["against"] = x.Against;
                break;
            case ControlReported c:
                node["territory"] = c.Territory;
                node["controller"] = c.Controller;
                node["extent"] = JsonSerializer.SerializeToNode(c.Extent);
                break;
        }
        node["date"] = e.Date.ToString();
        node["precision"] = e.Date.Precision.ToString().ToLowerInvariant();
        switch (e)
        {
            case ReferendumHeld r: node["result"] = r.Result; break;
            case SanctionsImposed x: node["reason"] = x.Reason; break;
        }
        return node;
    }
}
