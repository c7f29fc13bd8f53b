using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Rules;

/// <summary>A statement as read from one sentence, before the article's statements are merged.</summary>
public sealed record StatementDraft(
    string Actor,
    Speaker? Speaker,
    Stance Stance,
    string Territory,
    PartialDate Date,
    string? Quote,
    TextSpan Sentence,
    TextSpan? QuoteSpan,
    double Confidence,
    string Rule)
{
    /// <summary>Which sentence of the article it was read in.</summary>
    public int SentenceIndex { get; init; }

    /// <summary>Whether its sentence names the territory, rather than the story around it supplying one.</summary>
    public bool TerritoryNamed { get; init; } = true;
}

/// <summary>A fact as read from one sentence, with where it was read.</summary>
public sealed record FactDraft(IDerivedEvent Event, TextSpan Sentence, double Confidence);
