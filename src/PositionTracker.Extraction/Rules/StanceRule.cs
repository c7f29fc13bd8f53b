using System.Text.Json.Serialization;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Patterns;

namespace PositionTracker.Extraction.Rules;

/// <summary>Whose stance a match is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Holder>))]
public enum Holder
{
    /// <summary>Whoever the sentence quotes or reports: "not negotiable", "will come home".</summary>
    [JsonStringEnumMemberName("speaker")] Speaker,

    /// <summary>The actor named closest before the words: "Russia's claim to", "the EU does not recognise".</summary>
    [JsonStringEnumMemberName("near")] Near,

    /// <summary>The actor the pattern's {A} slot took: "{A} , which claims".</summary>
    [JsonStringEnumMemberName("slot")] Slot,
}

/// <summary>When the words must stand for the stance to count.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Mood>))]
public enum Mood
{
    /// <summary>As stated: a hedge ("might", "could") cancels them.</summary>
    [JsonStringEnumMemberName("stated")] Stated,

    /// <summary>Also when hedged or conditional: openness is often put as "could be discussed".</summary>
    [JsonStringEnumMemberName("hedged")] Hedged,

    /// <summary>Only as a demand, a condition or a goal: "must withdraw from", "as soon as Ukraine pulls out of".</summary>
    [JsonStringEnumMemberName("demanded")] Demanded,

    /// <summary>
    /// As stated, and only when someone is reported saying it: "we do not control Kosovo", not the paper's "Tbilisi has
    /// not controlled it since the 1990s".
    /// </summary>
    [JsonStringEnumMemberName("voiced")] Voiced,
}

/// <summary>
/// One rule of the stance rule book (Rules/stances.json): patterns that say a stance in many wordings, what
/// they mean when negated, whose stance they are, and the rule's own examples and counterexamples. A rule that is
/// <see cref="NotByHolder"/> ("liberate", "will come home") cannot be said by the side that holds the territory; an owner
/// rule that is not <see cref="ClaimsWhenOwn"/> ("Russia's territorial integrity", said in Moscow) says nothing of one's own.
/// A rule of <see cref="WouldBeStates"/> takes only a territory that is also an actor ("recognised Kosovo"): recognising it
/// is recognising a state, where "recognised Crimea" says nothing on its own.
/// </summary>
public sealed record StanceRule(
    string Id,
    Stance? Stance,
    Stance? Negated,
    Holder Holder,
    bool Owner,
    Mood Mood,
    bool NotByHolder,
    bool ClaimsWhenOwn,
    IReadOnlyList<Pattern> Patterns,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Counterexamples,
    bool WouldBeStates = false)
{
    /// <summary>The stance the words carry, negated or not; null when they then say nothing.</summary>
    public Stance? Meaning(bool negated) => negated ? Negated : Stance;
}
