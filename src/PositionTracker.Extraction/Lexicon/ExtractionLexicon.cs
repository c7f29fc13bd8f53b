using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Stances;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Lexicon;

/// <summary>A stance rule's match in a sentence, with what its slots took (by token positions).</summary>
public sealed record StanceCue(Rules.StanceRule Rule, IReadOnlyList<Patterns.Capture> Captures);

/// <summary>
/// What a reference means: the annexed territories; the several just named ("them", "its territories"); the last
/// list the story gave, however far back ("the four regions"); the rest of that list ("the other three"); the last
/// one named; or those a vote was about.
/// </summary>
public enum TerritoryReferenceKind { Annexed, Plural, Listed, Others, Singular, Voted }

public sealed record AnnexationTrigger(string Cue, bool Verbal, bool ClaimantOnly);

public sealed record TalksTrigger(string Cue, TalksFormat Format);

/// <summary>What a control verb says happened: a side holds a territory, gains it, or loses it.</summary>
public enum ControlChange { Holds, Gains, Loses }

public sealed record ControlTrigger(string Phrase, ControlChange Change);

/// <summary>The kinds of phrase the lexicon holds; all of one stream are found in a single pass.</summary>
public enum Family
{
    SpeechVerb, Negation, Hedge, Future, NotYet, Echo, Referendum, Talks, Sanctions, Control, ControlDesire, Extent,
    Stance, Reference, Annexation,
}

/// <summary>A lexicon phrase's meaning: its family, and for some families a value (a stance cue, a talks format...).</summary>
public readonly record struct Entry(Family Family, object? Value);

/// <summary>
/// The extractor's vocabulary (Lexicon/lexicon.json), compiled into two phrase tries: one over words,
/// one over symbols in which entities are placeholders ("return {T}"). Each sentence is walked once per trie.
/// </summary>
public sealed class ExtractionLexicon
{
    public PhraseTrie<Entry> Words { get; } = new();
    public PhraseTrie<Entry> Symbols { get; } = new();
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
        AddAll(Family.SpeechVerb, file.SpeechVerbs);
        AddAll(Family.Negation, file.Negations);
        AddAll(Family.Hedge, file.Hedges);
        AddAll(Family.Future, file.Futures);
        AddAll(Family.NotYet, file.NotYet);
        AddAll(Family.Echo, file.Echoes);
        AddAll(Family.Referendum, file.Facts.Referendum);
        AddAll(Family.Sanctions, file.Facts.Sanctions);
        foreach (var trigger in file.Facts.Control) Add(Words, trigger.Phrase, new Entry(Family.Control, trigger.Change));
        AddAll(Family.ControlDesire, file.Facts.ControlDesires);
        foreach (var trigger in file.Facts.Talks) Add(Words, trigger.Cue, new Entry(Family.Talks, trigger));
        foreach (var extent in file.Facts.Extents) Add(Words, extent.Phrase, new Entry(Family.Extent, extent.Extent));
        foreach (var reference in file.TerritoryReferences) Add(Symbols, reference.Phrase, new Entry(Family.Reference, reference.Means));
        foreach (var trigger in file.Facts.Annexation) Add(Symbols, trigger.Cue, new Entry(Family.Annexation, trigger));
        AnnexationNouns = file.Facts.AnnexationNouns.ToHashSet(StringComparer.Ordinal);
        Determiners = file.Facts.Determiners.ToHashSet(StringComparer.Ordinal);
    }

    private void AddAll(Family family, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases) Add(Words, phrase, new Entry(family, null));
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
        List<string> Echoes, List<ReferenceEntry> TerritoryReferences, FactsEntry Facts);

    private sealed record ReferenceEntry(string Phrase, TerritoryReferenceKind Means);

    private sealed record ExtentEntry(string Phrase, ControlExtent Extent);

    private sealed record FactsEntry(
        List<AnnexationTrigger> Annexation, List<string> AnnexationNouns, List<string> Determiners, List<string> Referendum,
        List<TalksTrigger> Talks, List<string> Sanctions, List<ControlTrigger> Control, List<string> ControlDesires, List<ExtentEntry> Extents);
}
