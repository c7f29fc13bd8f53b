using System.Text;

namespace PositionTracker.Bench.Generation;

/// <summary>One article being written: its day, its dispute(s), and who has already been named in it.</summary>
public sealed class Scene(Cast cast, Rng rng, DateOnly published, Dispute main, Dispute? second)
{
    public Cast Cast { get; } = cast;
    public Rng Rng { get; } = rng;
    public DateOnly Published { get; } = published;
    public Dispute Main { get; } = main;
    public Dispute? Second { get; } = second;

    private readonly Dictionary<string, Voice> _voices = new(StringComparer.Ordinal);
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A template this article has not used yet, when a few tries find one: real copy rarely repeats a line.</summary>
    public string Fresh(IReadOnlyList<string> templates)
    {
        var pick = Rng.Pick(templates);
        for (var i = 0; i < 4 && !_used.Add(pick); i++) pick = Rng.Pick(templates);
        return pick;
    }

    /// <summary>Mostly the main dispute; now and then the second one.</summary>
    public Dispute Topic() => Second is not null && Rng.Chance(0.25) ? Second : Main;

    /// <summary>The article's voice for an actor: named in full the first time, briefly after that.</summary>
    public string Speaker(string actor) => Speaker(VoiceOf(actor));

    public string Speaker(Voice voice)
    {
        var first = _named.Add(voice.Actor);
        return first ? voice.Subject : voice.Again;
    }

    /// <summary>The name after "said" at a sentence's end: "said Sergey Lavrov, Russia's foreign minister".</summary>
    public string SpeakerAfterVerb(string actor)
    {
        var voice = VoiceOf(actor);
        return _named.Add(actor) ? voice.Full : voice.Again;
    }

    public Voice VoiceOf(string actor)
    {
        if (!_voices.TryGetValue(actor, out var voice))
            _voices[actor] = voice = Voices.For(Cast, actor, Published, Rng);
        return voice;
    }

    /// <summary>A second voice of the same actor, for "X echoed the position".</summary>
    public Voice OtherVoiceOf(string actor) => Voices.For(Cast, actor, Published, Rng);

    /// <summary>The territory's name or one of its aliases, with "the" where English wants it.</summary>
    public string Place(Dispute d)
    {
        var t = d.Territory;
        var name = t.Aliases.Count > 0 && Rng.Chance(0.35) ? Rng.Pick(t.Aliases) : t.Name;
        if (name.StartsWith("the ", StringComparison.Ordinal)) return name;
        var words = name.Split(' ');
        var last = words[^1];
        if (t.Aliases.Contains("the " + name) || char.IsLower(name[0]) || (words.Length > 1 && char.IsLower(last[0]))
            || words[0] is "Republic" or "Autonomous" or "Union" or "State")
            return "the " + name;
        return last is "Islands" or "Heights" or "Strip" or "Bank" or "Triangle" or "Farms" or "Glacier" or "Valley" or "Rocks" or "Hills" or "Archipelago"
            ? "the " + name
            : name;
    }

    public string City() => Rng.Pick(Cities);

    public static readonly string[] Cities =
    [
        "Geneva", "Vienna", "Istanbul", "Doha", "Riyadh", "Jeddah", "Oslo", "Helsinki", "Abu Dhabi", "Singapore", "New York",
        "Munich", "Davos", "Bali", "Kuala Lumpur", "Antalya", "Cairo", "Lisbon", "Reykjavik", "Stockholm", "Dubai", "Tashkent",
    ];

    /// <summary>Fills {A}, {T} and the other slots of a template.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> slots)
    {
        var sb = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                var close = template.IndexOf('}', i);
                if (close > i && slots.TryGetValue(template[(i + 1)..close], out var value))
                {
                    sb.Append(value);
                    i = close;
                    continue;
                }
            }
            sb.Append(template[i]);
        }
        return sb.ToString();
    }

    public static string Cap(string text) => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Joins the words of a sentence, dropping empty parts and the space before punctuation.</summary>
    public static string Sentence(params string[] parts)
    {
        var sb = new StringBuilder(128);
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            if (sb.Length > 0 && part[0] is not (',' or '.' or ':' or ';')) sb.Append(' ');
            sb.Append(part);
        }
        return Cap(sb.ToString());
    }
}
