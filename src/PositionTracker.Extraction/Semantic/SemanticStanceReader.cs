using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Patterns;
using PositionTracker.Extraction.Rules;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Semantic;

/// <summary>
/// Reads a stance the patterns have no words for ("the islands had been China's since ancient times"). The rules gate
/// it: it reads only a sentence where someone is reported speaking about a territory and no pattern found a stance at
/// all, and never a question, a condition, a hedge, a plan or a meeting. What it reads goes through the same rules as a
/// pattern's match, speaker, negation and date included: a negated sentence gives nothing, since the reader cannot be
/// trusted with negation. It never overrules a pattern.
/// </summary>
public sealed class SemanticStanceReader(StanceClassifier classifier, SentenceEmbedder embedder)
{
    public const string RuleId = "semantic";

    public StanceClassifier Classifier => classifier;

    private static readonly Dictionary<Stance, StanceRule> Rules = Enum.GetValues<Stance>().ToDictionary(s => s, s =>
        new StanceRule(RuleId, s, null, Holder.Speaker, Owner: false, Mood.Voiced,
            NotByHolder: s is Stance.DemandsReturn, ClaimsWhenOwn: true, Patterns: [], Examples: [], Counterexamples: []));

    /// <summary>The stance the reader finds in the sentence, as a match over its first territory, with its probability.</summary>
    public (Found<StanceCue> Cue, double Probability)? Read(Reading r, IReadOnlyList<TerritorySpot> spots)
    {
        if (!Gated(r, spots)) return null;
        if (classifier.Read(embedder.Embed([MaskedSentence.Of(r)])[0]) is not { } read) return null;
        var (stance, probability) = read;
        var spot = spots[0];
        var cue = new StanceCue(Rules[stance], [new Capture(Slot.Territory, spot.First, spot.End)]);
        return (new Found<StanceCue>(spot.First, spot.End, cue), probability);
    }

    /// <summary>Reported speech about a territory, and nothing the rules have already read or set aside as unsettled.</summary>
    private static bool Gated(Reading r, IReadOnlyList<TerritorySpot> spots) =>
        r.Stances.Count == 0
        && spots.Count > 0
        && (r.SpeechVerbs.Any(v => !r.InQuote(v.First)) || r.Sentence.Quotes.Count > 0)
        && r.Hedges.Count == 0
        && r.Talks.Count == 0
        && !r.Dates.Any(d => (d.Date.Flags & Dates.DateFlags.Future) != 0)
        && !r.Tokens.Any(t => t.Lower is "?" or "if" or "unless" or "whether");
}
