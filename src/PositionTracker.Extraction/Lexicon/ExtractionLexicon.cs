using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Lexicon;

public enum Agent { Speaker, Near }

public sealed record StanceCue(string Cue, Stance Stance, Agent Agent);

public enum TerritoryReferenceKind { Annexed, Plural, Singular }

public sealed record AnnexationTrigger(string Cue, bool Verbal, bool ClaimantOnly);

public sealed record TalksTrigger(string Cue, TalksFormat Format);

/// <summary>The extractor's vocabulary (Lexicon/lexicon.json), compiled into phrase tries.</summary>
public sealed class ExtractionLexicon
{
    public PhraseTrie<bool> SpeechVerbs { get; } = new();
    public PhraseTrie<bool> Negations { get; } = new();
    public PhraseTrie<bool> Hedges { get; } = new();
    public PhraseTrie<bool> Futures { get; } = new();
    public PhraseTrie<bool> NotYet { get; } = new();
    public PhraseTrie<StanceCue> Stances { get; } = new();
    public PhraseTrie<bool> Echoes { get; } = new();
    public PhraseTrie<TerritoryReferenceKind> TerritoryReferences { get; } = new();
    public PhraseTrie<AnnexationTrigger> Annexations { get; } = new();
    public PhraseTrie<bool> Referendums { get; } = new();
    public PhraseTrie<TalksTrigger> Talks { get; } = new();
    public PhraseTrie<bool> Sanctions { get; } = new();
    public PhraseTrie<bool> Control { get; } = new();
    public PhraseTrie<bool> ControlDesires { get; } = new();
    public PhraseTrie<ControlExtent> Extents { get; } = new();
    public IReadOnlySet<string> AnnexationNouns { get; }
    public IReadOnlySet<string> Determiners { get; }

    private static readonly Lazy<ExtractionLexicon> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lexicon.lexicon.json")
            ?? throw new InvalidOperationException("Lexicon/lexicon.json is not embedded in the assembly");
        return new ExtractionLexicon(JsonSerializer.Deserialize<LexiconFile>(stream, Json)!);
    });

    public static ExtractionLexicon Default => Embedded.Value;

    private ExtractionLexicon(LexiconFile file)
    {
        AddAll(SpeechVerbs, file.SpeechVerbs);
        AddAll(Negations, file.Negations);
        AddAll(Hedges, file.Hedges);
        AddAll(Futures, file.Futures);
        AddAll(NotYet, file.NotYet);
        AddAll(Echoes, file.Echoes);
        foreach (var cue in file.Stances) Add(Stances, cue.Cue, cue);
        foreach (var reference in file.TerritoryReferences) Add(TerritoryReferences, reference.Phrase, reference.Means);
        foreach (var trigger in file.Facts.Annexation) Add(Annexations, trigger.Cue, trigger);
        AddAll(Referendums, file.Facts.Referendum);
        foreach (var trigger in file.Facts.Talks) Add(Talks, trigger.Cue, trigger);
        AddAll(Sanctions, file.Facts.Sanctions);
        AddAll(Control, file.Facts.Control);
        AddAll(ControlDesires, file.Facts.ControlDesires);
        foreach (var extent in file.Facts.Extents) Add(Extents, extent.Phrase, extent.Extent);
        AnnexationNouns = file.Facts.AnnexationNouns.ToHashSet(StringComparer.Ordinal);
        Determiners = file.Facts.Determiners.ToHashSet(StringComparer.Ordinal);
    }

    private static void AddAll(PhraseTrie<bool> trie, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases) Add(trie, phrase, true);
    }

    private static void Add<T>(PhraseTrie<T> trie, string phrase, T value)
    {
        foreach (var pattern in Patterns(phrase)) trie.Add(pattern, value);
    }

    /// <summary>
    /// A phrase as symbols: words tokenized the way article text is, placeholders kept, and "**" standing
    /// for none to three "*", which yields one pattern for each.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Patterns(string phrase)
    {
        var variants = new List<List<string>> { new() };
        foreach (var piece in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "**")
            {
                variants = variants.SelectMany(v => Enumerable.Range(0, 4).Select(n => v.Concat(Enumerable.Repeat("*", n)).ToList())).ToList();
                continue;
            }
            IEnumerable<string> symbols = piece == "*" || (piece.StartsWith('{') && piece.EndsWith('}'))
                ? [piece]
                : Tokens.Of(piece).Select(t => t.Lower);
            foreach (var variant in variants) variant.AddRange(symbols);
        }
        return variants;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record LexiconFile(
        List<string> SpeechVerbs, List<string> Negations, List<string> Hedges, List<string> Futures, List<string> NotYet,
        List<StanceCue> Stances, List<string> Echoes, List<ReferenceEntry> TerritoryReferences, FactsEntry Facts);

    private sealed record ReferenceEntry(string Phrase, TerritoryReferenceKind Means);

    private sealed record ExtentEntry(string Phrase, ControlExtent Extent);

    private sealed record FactsEntry(
        List<AnnexationTrigger> Annexation, List<string> AnnexationNouns, List<string> Determiners, List<string> Referendum,
        List<TalksTrigger> Talks, List<string> Sanctions, List<string> Control, List<string> ControlDesires, List<ExtentEntry> Extents);
}
