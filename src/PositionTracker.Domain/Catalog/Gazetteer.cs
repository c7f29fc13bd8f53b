using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PositionTracker.Domain.Catalog;

public sealed record Actor(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> Metonyms);

public sealed record Territory(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? RecognizedAs,
    IReadOnlyList<string> Claimants,
    string? ControlledBy,
    string Kind,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string>? AliasIds = null)
{
    /// <summary>
    /// Who holds it on the ground: as the gazetteer records it, else the claimant that is not the recognised
    /// owner (where there is one). A holder does not demand the territory back or concede it.
    /// </summary>
    public string? Holder => ControlledBy ?? (RecognizedAs is null ? null : Claimants.FirstOrDefault(c => c != RecognizedAs));
}

/// <summary>Several territories under one name ("the Donbas"); some names need the article to name the members.</summary>
public sealed record TerritoryGroup(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Members, bool NeedsContext);

/// <summary>An office a person held for an actor, from one day to another (open-ended while still held).</summary>
public sealed record PersonRole(string Actor, string Title, DateOnly From, DateOnly? To)
{
    public bool HeldOn(DateOnly day) => From <= day && (To is null || day <= To);
}

public sealed record Person(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<PersonRole> Roles)
{
    /// <summary>The role held on the day, or the nearest one in time when none was held that day.</summary>
    public PersonRole? RoleOn(DateOnly day) => Roles.FirstOrDefault(r => r.HeldOn(day))
        ?? Roles.OrderBy(r => Math.Min(Math.Abs(r.From.DayNumber - day.DayNumber),
            Math.Abs((r.To ?? DateOnly.MaxValue).DayNumber - day.DayNumber))).FirstOrDefault();
}

public sealed record FixedRole(string Title, string Actor);

/// <summary>Titles that name their state ("Kremlin spokesman") and titles that need a country word ("foreign minister").</summary>
public sealed record RoleTitles(IReadOnlyList<FixedRole> Fixed, IReadOnlyList<string> Generic);

/// <summary>
/// The actors and territories the tracker knows, read from the JSON data files beside this class
/// (embedded in the assembly), so that adding a territory is a data change, not a code change.
/// </summary>
public sealed class Gazetteer
{
    // People, roles and groups are read when first asked for: the extractor needs them, a query's names do not, and the people
    // are most of the files.
    private static readonly Lazy<Gazetteer> Embedded = new(() => new Gazetteer(
        Load("actors.json", CatalogJson.Default.ListActor), Load("territories.json", CatalogJson.Default.ListTerritory))
    {
        _groups = new(() => Load("territory-groups.json", CatalogJson.Default.ListTerritoryGroup)),
        _people = new(() => Load("people.json", CatalogJson.Default.ListPerson)),
        _roles = new(() => Load("roles.json", CatalogJson.Default.RoleTitles)),
    });

    public static Gazetteer Default => Embedded.Value;

    private readonly Dictionary<string, Actor> _actorsByCode;
    private readonly Dictionary<string, Territory> _territoriesById;
    private Lazy<IReadOnlyList<TerritoryGroup>> _groups = new([]);
    private Lazy<IReadOnlyList<Person>> _people = new([]);
    private Lazy<RoleTitles> _roles = new(new RoleTitles([], []));

    public Gazetteer(IEnumerable<Actor> actors, IEnumerable<Territory> territories)
    {
        Actors = actors.ToList();
        Territories = territories.ToList();
        _actorsByCode = Actors.ToDictionary(a => a.Code, StringComparer.Ordinal);
        _territoriesById = Territories.ToDictionary(t => t.Id, StringComparer.Ordinal);
        // Annotators write "jammu-and-kashmir" or "liancourt-rocks" where the gazetteer says "kashmir" or "dokdo".
        foreach (var territory in Territories)
            foreach (var alias in territory.AliasIds ?? [])
                _territoriesById.Add(alias, territory);
    }

    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyList<Territory> Territories { get; }
    public IReadOnlyList<TerritoryGroup> Groups { get => _groups.Value; init => _groups = new(value); }
    public IReadOnlyList<Person> People { get => _people.Value; init => _people = new(value); }
    public RoleTitles Roles { get => _roles.Value; init => _roles = new(value); }

    public Actor? ActorByCode(string code) => _actorsByCode.GetValueOrDefault(code);
    /// <summary>The territory of an id or an alias id; its <see cref="Territory.Id"/> is the canonical one.</summary>
    public Territory? TerritoryById(string id) => _territoriesById.GetValueOrDefault(id);

    /// <summary>What an analyst types: a code (RUS, rus) or a name or alias (Russia).</summary>
    public Actor? FindActor(string text)
    {
        var wanted = text.Trim();
        return _actorsByCode.GetValueOrDefault(wanted.ToUpperInvariant())
            ?? Actors.FirstOrDefault(a => Matches(wanted, [a.Name, .. a.Aliases]));
    }

    /// <summary>What an analyst types: an id (crimea, golan-heights) or a name or alias (Golan Heights).</summary>
    public Territory? FindTerritory(string text)
    {
        var wanted = text.Trim();
        return _territoriesById.GetValueOrDefault(wanted.ToLowerInvariant())
            ?? _territoriesById.GetValueOrDefault(wanted.ToLowerInvariant().Replace(' ', '-'))
            ?? Territories.FirstOrDefault(t => Matches(wanted, [t.Name, .. t.Aliases]));
    }

    private static bool Matches(string wanted, IEnumerable<string> names) =>
        names.Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));

    private static T Load<T>(string file, JsonTypeInfo<T> shape)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Catalog.{file}")
            ?? throw new InvalidOperationException($"the gazetteer file Catalog/{file} is not embedded in the assembly");
        return JsonSerializer.Deserialize(stream, shape)
            ?? throw new InvalidOperationException($"the gazetteer file Catalog/{file} is empty");
    }
}

/// <summary>
/// The gazetteer files' shapes, worked out at compile time: every command needs the gazetteer first, and working them out
/// by reflection at each start cost more than reading the files.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<Actor>))]
[JsonSerializable(typeof(List<Territory>))]
[JsonSerializable(typeof(List<TerritoryGroup>))]
[JsonSerializable(typeof(List<Person>))]
[JsonSerializable(typeof(RoleTitles))]
internal sealed partial class CatalogJson : JsonSerializerContext;
