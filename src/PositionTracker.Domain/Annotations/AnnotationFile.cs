using System.Text.Json;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Annotations;

/// <summary>An annotation file that cannot be used; the message says which event and what is wrong.</summary>
public sealed class AnnotationRejected(string message) : Exception(message);

/// <summary>
/// Reads the event JSON of ANNOTATION.md (a gold file, or extractor output of the same shape) into
/// events, checking every actor code, territory id, stance and date against the gazetteer.
/// </summary>
public static class AnnotationFile
{
    /// <param name="unknown">
    /// For scoring: when given, an event naming an actor or territory the gazetteer does not know is kept as
    /// written (nothing extracted can match it) and described here, instead of rejecting the file.
    /// </param>
    public static IReadOnlyList<IDerivedEvent> Parse(string json, Provenance source, Gazetteer gazetteer, DateOnly today, List<string>? unknown = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AnnotationRejected($"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new AnnotationRejected("must hold a JSON array of events");
            return document.RootElement.EnumerateArray()
                .Select((element, index) => ParseEvent(new EventReader(element, index + 1, gazetteer, today, unknown), source))
                .ToList();
        }
    }

    private static IDerivedEvent ParseEvent(EventReader e, Provenance source) => e.Type switch
    {
        "StatementMade" => new StatementMade(
            e.Actor("actor"), e.OptionalText("speaker"), e.OptionalText("speakerRole"), e.Territory("territory"),
            e.Stance("stance"), e.OptionalText("quote"), e.Date(), source),
        "TerritoryAnnexed" => new TerritoryAnnexed(e.Actor("by"), e.Actor("from"), e.Territory("territory"), e.Date(), source),
        "ReferendumHeld" => new ReferendumHeld(e.Territory("territory"), e.Date(), e.OptionalText("result"), source),
        "TalksHeld" => new TalksHeld(e.Actors("parties"), e.OptionalText("location"), e.Date(),
            e.Choice<TalksFormat>("format"), source),
        "SanctionsImposed" => new SanctionsImposed(e.Actors("by"), e.Actor("against"), e.Date(), e.OptionalText("reason"), source),
        "ControlReported" => new ControlReported(e.Territory("territory"), e.Actor("controller"),
            e.Choice<ControlExtent>("extent"), e.Date(), source),
        _ => throw e.Problem($"unknown type '{e.Type}' (expected StatementMade, TerritoryAnnexed, ReferendumHeld, TalksHeld, SanctionsImposed or ControlReported)"),
    };
}
