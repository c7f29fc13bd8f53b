using PositionTracker.Domain.Articles;
using PositionTracker.Extraction.Dates;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Rules;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction;

/// <summary>A lexicon phrase found in a sentence, by token positions.</summary>
public readonly record struct Found<T>(int First, int End, T Value);

/// <summary>
/// One sentence as the rules see it: its tokens; the entities, dates and quotes in it; and every lexicon
/// phrase found in it, all by token position. Cue phrases are matched over a run of symbols in which each
/// entity is a placeholder, so "return {T}" finds "return the Falkland Islands".
/// </summary>
public sealed class Reading
{
    public required Sentence Sentence { get; init; }
    public required string Body { get; init; }
    public required List<Token> Tokens { get; init; }
    public required List<Mention> Mentions { get; init; }
    public required List<(int Token, DateMention Date)> Dates { get; init; }
    /// <summary>For each token, the quotation of direct speech it is in (-1 for none). Scare quotes ("exchange") are not speech.</summary>
    public required int[] QuoteOf { get; init; }

    /// <summary>For each token, any quotation it is in, scare quotes included.</summary>
    public required int[] ShortQuoteOf { get; init; }
    public required List<Found<bool>> SpeechVerbs { get; init; }
    public required List<Found<bool>> Negations { get; init; }
    public required List<Found<bool>> Hedges { get; init; }
    public required List<Found<bool>> Futures { get; init; }
    public required List<Found<bool>> NotYet { get; init; }
    public required List<Found<StanceCue>> Stances { get; init; }
    public required List<Found<bool>> Echoes { get; init; }
    public required List<Found<TerritoryReferenceKind>> References { get; init; }
    public required List<Found<AnnexationTrigger>> Annexations { get; init; }
    public required List<Found<bool>> Referendums { get; init; }
    public required List<Found<TalksTrigger>> Talks { get; init; }
    public required List<Found<bool>> Sanctions { get; init; }
    public required List<Found<ControlChange>> Control { get; init; }
    public required List<Found<bool>> ControlDesires { get; init; }
    public required List<Found<ControlExtent>> Extents { get; init; }

    public bool InQuote(int token) => QuoteOf[token] >= 0;

    /// <summary>Whether a word is part of a date's words ("on Sunday", "in March 2014").</summary>
    public bool InDate(int token)
    {
        var at = Tokens[token].Start - Sentence.Span.Start;
        foreach (var (_, date) in Dates)
            if (at >= date.Start && at < date.Start + date.Length) return true;
        return false;
    }

    public Mention? MentionAt(int token) => Mentions.FirstOrDefault(m => m.First <= token && token < m.End);

    public string Surface(int first, int end) => EntityRecognizer.Surface(Body, Tokens, first, end);

    /// <summary>
    /// An actor in this mention, and not a place: "Taiwan" is a state when it speaks or owns ("Taiwan says",
    /// "Taiwan's government") and the territory otherwise.
    /// </summary>
    public bool ActsAsActor(Mention m) =>
        m.Is(MentionKind.Actor) && (!m.Is(MentionKind.Territory)
                                    || (m.End < Tokens.Count && Tokens[m.End].Lower == "'s")
                                    || SpeechVerbs.Any(v => v.First == m.End || v.First == m.End + 1));

    public static Reading Of(string body, Sentence sentence, DateOnly published, EntityRecognizer entities, ExtractionLexicon lexicon,
        StanceRuleBook stances)
    {
        var tokens = Text.Tokens.Of(body, sentence.Span);
        var mentions = entities.Find(body, tokens);
        var lower = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) lower[i] = tokens[i].Lower;
        var words = new Phrases(lexicon.Words.FindAllCandidates(lower));
        var speechVerbs = words.Of<bool>(Family.SpeechVerb, _ => true);
        speechVerbs.RemoveAll(v => mentions.Any(m => m.First <= v.First && v.First < m.End));
        People.AddUnknown(body, tokens, mentions, i => speechVerbs.Any(v => v.First == i));

        var (symbols, firstToken, endToken) = Symbols(tokens, mentions);
        var cues = new Phrases(lexicon.Symbols.FindAllCandidates(symbols), firstToken, endToken);
        var references = TerritoryReferences.Find(tokens, mentions, cues.Of(Family.Reference, v => (TerritoryReferenceKind)v!));
        var view = new SentenceView(tokens, mentions, references);

        return new Reading
        {
            Sentence = sentence,
            Body = body,
            Tokens = tokens,
            Mentions = mentions,
            Dates = DatesIn(body, sentence, tokens, published),
            QuoteOf = QuoteIndex(sentence, tokens, speechOnly: true),
            ShortQuoteOf = QuoteIndex(sentence, tokens, speechOnly: false),
            SpeechVerbs = speechVerbs,
            Negations = words.Of<bool>(Family.Negation, _ => true),
            Hedges = words.Of<bool>(Family.Hedge, _ => true),
            Futures = words.Of<bool>(Family.Future, _ => true),
            NotYet = words.Of<bool>(Family.NotYet, _ => true),
            Stances = stances.Find(view).Select(m => new Found<StanceCue>(view.First(m.Match.First), view.End(m.Match.End),
                new StanceCue(m.Rule, m.Match.Captures.Select(c => c with { First = view.First(c.First), End = view.End(c.End) }).ToList()))).ToList(),
            Echoes = words.Of<bool>(Family.Echo, _ => true),
            References = references,
            Annexations = cues.Of(Family.Annexation, v => (AnnexationTrigger)v!),
            Referendums = words.Of<bool>(Family.Referendum, _ => true),
            Talks = words.Of(Family.Talks, v => (TalksTrigger)v!),
            Sanctions = words.Of<bool>(Family.Sanctions, _ => true),
            Control = words.Of(Family.Control, v => (ControlChange)v!),
            ControlDesires = words.Of<bool>(Family.ControlDesire, _ => true),
            Extents = words.Of(Family.Extent, v => (ControlExtent)v!),
        };
    }

    /// <summary>One pass's matches, sorted out by family, each family's overlaps resolved on its own.</summary>
    private sealed class Phrases(List<PhraseMatch<Entry>> candidates, List<int>? firstToken = null, List<int>? endToken = null)
    {
        public List<Found<T>> Of<T>(Family family, Func<object?, T> value)
        {
            var count = 0;
            foreach (var c in candidates)
                if (c.Value.Family == family) count++;
            // Most sentences hold no phrase of most families: nothing to sort out.
            if (count == 0) return [];
            var own = new List<PhraseMatch<Entry>>(count);
            foreach (var c in candidates)
                if (c.Value.Family == family) own.Add(c);
            var found = new List<Found<T>>(own.Count);
            foreach (var m in PhraseTrie<Entry>.WithoutOverlaps(own))
                found.Add(firstToken is null
                    ? new Found<T>(m.Start, m.End, value(m.Value.Value))
                    : new Found<T>(firstToken[m.Start], endToken![m.End - 1], value(m.Value.Value)));
            return found;
        }
    }

    /// <summary>Words in lower case, an entity as one placeholder, quotation marks left out.</summary>
    private static (List<string> Symbols, List<int> First, List<int> End) Symbols(List<Token> tokens, List<Mention> mentions)
    {
        var symbols = new List<string>(tokens.Count);
        var first = new List<int>(tokens.Count);
        var end = new List<int>(tokens.Count);
        var m = 0;
        for (var i = 0; i < tokens.Count;)
        {
            while (m < mentions.Count && mentions[m].First < i) m++;
            if (m < mentions.Count && mentions[m].First == i)
            {
                symbols.Add(Placeholder(mentions[m], tokens, mentions[m].End));
                first.Add(i);
                end.Add(mentions[m].End);
                i = mentions[m].End;
                continue;
            }
            if (tokens[i].Kind != TokenKind.QuoteMark)
            {
                symbols.Add(tokens[i].Lower);
                first.Add(i);
                end.Add(i + 1);
            }
            i++;
        }
        return (symbols, first, end);
    }

    /// <summary>
    /// "Taiwan" is an actor and a territory: as the one speaking, owning or acting ("Taiwan says", "Taiwan's")
    /// it is the actor, otherwise the territory.
    /// </summary>
    private static string Placeholder(Mention mention, List<Token> tokens, int after)
    {
        if (mention.Is(MentionKind.Territory) || mention.Is(MentionKind.Group))
        {
            var actorLike = mention.Is(MentionKind.Actor) && after < tokens.Count && tokens[after].Lower == "'s";
            return actorLike ? "{A}" : "{T}";
        }
        if (mention.Is(MentionKind.Actor)) return "{A}";
        if (mention.Is(MentionKind.Person)) return "{P}";
        if (mention.Is(MentionKind.Role)) return "{R}";
        return tokens[mention.First].Lower;
    }

    private static List<(int, DateMention)> DatesIn(string body, Sentence sentence, List<Token> tokens, DateOnly published)
    {
        var found = DateFinder.Find(body, sentence.Span, tokens, published);
        var dates = new List<(int, DateMention)>(found.Count);
        foreach (var date in found)
        {
            var at = sentence.Span.Start + date.Start;
            var token = -1;
            for (var k = 0; k < tokens.Count && token < 0; k++)
                if (tokens[k].End > at) token = k;
            if (token >= 0) dates.Add((token, date));
        }
        return dates;
    }

    private const int SpeechWords = 4;

    private static int[] QuoteIndex(Sentence sentence, List<Token> tokens, bool speechOnly)
    {
        var of = new int[tokens.Count];
        Array.Fill(of, -1);
        for (var q = 0; q < sentence.Quotes.Count; q++)
        {
            var inner = sentence.Quotes[q].Inner;
            var words = 0;
            foreach (var t in tokens)
                if (t.Kind == TokenKind.Word && inner.Contains(t.Start)) words++;
            if (speechOnly && words < SpeechWords) continue;
            for (var i = 0; i < tokens.Count; i++)
                if (inner.Contains(tokens[i].Start)) of[i] = q;
        }
        return of;
    }
}
