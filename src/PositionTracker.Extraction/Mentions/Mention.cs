using PositionTracker.Domain.Catalog;

namespace PositionTracker.Extraction.Mentions;

public enum MentionKind { Actor, Territory, Group, Person, Role, Pronoun }

public enum ActorForm { Name, Demonym, Capital, Metonym }

/// <summary>What a gazetteer phrase names: an actor, a territory, a group, a person or an office.</summary>
public sealed record Entity(
    MentionKind Kind,
    string? Actor = null,
    ActorForm Form = ActorForm.Name,
    string? Territory = null,
    TerritoryGroup? Group = null,
    Person? Person = null,
    string? Role = null);

/// <summary>
/// An entity named in a sentence, by token positions. A name can stand for more than one entity
/// ("Taiwan" the actor and the territory); the rules pick by the part it plays.
/// </summary>
public sealed record Mention(int First, int End, IReadOnlyList<Entity> Entities, string Surface)
{
    // Loops rather than LINQ: these run for every mention of every sentence, and a lambda over kind allocates.
    public Entity? Of(MentionKind kind)
    {
        foreach (var e in Entities)
            if (e.Kind == kind) return e;
        return null;
    }

    public bool Is(MentionKind kind) => Of(kind) is not null;

    public string? ActorCode => Of(MentionKind.Actor)?.Actor;

    public string? TerritoryId => Of(MentionKind.Territory)?.Territory;
}
