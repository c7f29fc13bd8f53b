using System.Text.Json.Serialization;

namespace PositionTracker.Domain.Stances;

/// <summary>What a statement says about a territory's status (see ANNOTATION.md, "Stances").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stance>))]
public enum Stance
{
    ClaimsSovereignty,
    RecognizesSovereignty,
    RejectsAnnexation,
    RejectsNegotiation,
    OpenToNegotiation,
    ProposesExchange,
    DemandsReturn,
    ConcedesControl,
}

/// <summary>
/// A later statement supersedes an earlier one only within the same dimension: a new claim
/// does not cancel a standing demand.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Dimension>))]
public enum Dimension
{
    [JsonStringEnumMemberName("claim")] Claim,
    [JsonStringEnumMemberName("negotiation")] Negotiation,
    [JsonStringEnumMemberName("demand")] Demand,
    [JsonStringEnumMemberName("control")] Control,
}

public static class StanceDimensions
{
    public static Dimension DimensionOf(this Stance stance) => stance switch
    {
        Stance.ClaimsSovereignty or Stance.RecognizesSovereignty or Stance.RejectsAnnexation => Dimension.Claim,
        Stance.RejectsNegotiation or Stance.OpenToNegotiation or Stance.ProposesExchange => Dimension.Negotiation,
        Stance.DemandsReturn => Dimension.Demand,
        Stance.ConcedesControl => Dimension.Control,
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, "unknown stance"),
    };

    public static string Name(this Dimension dimension) => dimension.ToString().ToLowerInvariant();
}
