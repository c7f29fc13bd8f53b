using System.Text.Json;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Annotations;

/// <summary>Reads the fields of one annotated event, naming the event and field in every complaint.</summary>
internal sealed class EventReader
{
    private readonly JsonElement _element;
    private readonly int _number;
    private readonly Gazetteer _gazetteer;
    private readonly List<string>? _unknown;
    private readonly DateOnly _today;

    /// <param name="unknown">When given, an unknown actor code or territory id is kept as written and named here instead of rejected.</param>
    public EventReader(JsonElement element, int number, Gazetteer gazetteer, DateOnly today, List<string>? unknown = null)
    {
        (_element, _number, _gazetteer, _today, _unknown) = (element, number, gazetteer, today, unknown);
        if (element.ValueKind != JsonValueKind.Object) throw Problem("is not a JSON object");
        Type = element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!
            : throw Problem("has no \"type\"");
    }

    public string Type { get; } = "";

    public AnnotationRejected Problem(string what) =>
        new($"event {_number}{(Type.Length == 0 ? "" : $" ({Type})")} {what}");

    public string Text(string field) =>
        OptionalText(field) ?? throw Problem($"has no \"{field}\"");

    public string? OptionalText(string field)
    {
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw Problem($"field \"{field}\" must be a string");
        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    public string Actor(string field) => KnownActor(Text(field), field);

    public IReadOnlyList<string> Actors(string field)
    {
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Array)
            throw Problem($"field \"{field}\" must be an array of actor codes");
        var codes = value.EnumerateArray()
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Problem($"field \"{field}\" must hold only strings"))
            .Select(code => KnownActor(code, field))
            .Distinct()
            .ToList();
        return codes.Count > 0 ? codes : throw Problem($"field \"{field}\" is empty");
    }

    public string Territory(string field)
    {
        var id = Text(field);
        return _gazetteer.TerritoryById(id) is { } territory
            ? territory.Id
            : Unknown(id, $"field \"{field}\": unknown territory id '{id}' (ids are lower-case kebab-case, like crimea or golan-heights)");
    }

    public Stance Stance(string field)
    {
        var text = Text(field);
        return Enum.TryParse<Stance>(text, ignoreCase: false, out var stance) && Enum.IsDefined(stance)
            ? stance
            : throw Problem($"field \"{field}\": unknown stance '{text}' (expected one of {string.Join(", ", Enum.GetNames<Stance>())})");
    }

    public T Choice<T>(string field) where T : struct, Enum
    {
        var text = Text(field);
        try
        {
            return JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(text));
        }
        catch (JsonException)
        {
            var allowed = Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v).Trim('"'));
            throw Problem($"field \"{field}\": '{text}' is not one of {string.Join(", ", allowed)}");
        }
    }

    public PartialDate Date()
    {
        var text = Text("date");
        if (!PartialDate.TryParse(text, out var date))
            throw Problem($"field \"date\": '{text}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        if (PlausibleDates.FactProblem(date, _today) is { } implausible) throw Problem($"field \"date\": {implausible}");
        var precision = OptionalText("precision");
        if (precision is not null && !string.Equals(precision, date.Precision.ToString(), StringComparison.OrdinalIgnoreCase))
            throw Problem($"field \"precision\": '{precision}' does not fit the date '{text}', which has {date.Precision.ToString().ToLowerInvariant()} precision");
        return date;
    }

    private string KnownActor(string code, string field) => _gazetteer.ActorByCode(code) is not null
        ? code
        : Unknown(code, $"field \"{field}\": unknown actor code '{code}' (expected an ISO 3166-1 alpha-3 code like RUS, or EU, UN, NATO)");

    private string Unknown(string id, string problem)
    {
        if (_unknown is null) throw Problem(problem);
        _unknown.Add($"event {_number} ({Type}) {problem}");
        return id;
    }
}
