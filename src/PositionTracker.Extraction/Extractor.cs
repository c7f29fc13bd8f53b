using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Dates;
using PositionTracker.Extraction.Discourse;
using PositionTracker.Extraction.Lexicon;
using PositionTracker.Extraction.Mentions;
using PositionTracker.Extraction.Rules;
using PositionTracker.Extraction.Semantic;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction;

/// <summary>What the extractor made of one article: its events, anything a reader should know, and how much it read.</summary>
public sealed record Extraction(IReadOnlyList<IDerivedEvent> Events, IReadOnlyList<string> Warnings, int Sentences)
{
    /// <summary>Where each sentence read lies in the body; filled when the extraction was asked to explain itself.</summary>
    public IReadOnlyList<TextSpan> SentenceSpans { get; init; } = [];

    /// <summary>What the rules found and set aside, sentence by sentence; filled when asked to explain.</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];
}

/// <summary>
/// Turns a raw news article into events, each with its provenance (the sentence and quote it was read from)
/// and a confidence. Reads the article twice: first for facts, so that "the annexed regions" can mean the
/// regions the article says were annexed; then for statements, sentence by sentence, carrying context.
/// Pure: no database, no clock, the same article always gives the same events.
/// </summary>
public sealed class Extractor
{
    /// <summary>Raise it whenever a change can change what the extractor finds: stored articles are re-extracted by it.</summary>
    public const string Version = "2.5.0";

    /// <summary>What derived the events of a run by the patterns alone.</summary>
    public static string DerivedBy => $"extractor {Version}";

    /// <summary>
    /// What derived this extractor's events: the version, and whether the semantic stance reader ran (a statement it read
    /// itself names the rule <c>semantic</c> in its evidence). Re-extraction upgrades an article whose events another derived.
    /// </summary>
    public string RunBy => _semantic is null ? DerivedBy : $"{DerivedBy} (semantic)";

    private readonly Gazetteer _gazetteer;
    private readonly ExtractionLexicon _lexicon = ExtractionLexicon.Default;
    private readonly StanceRuleBook _stanceRules = StanceRuleBook.Default;
    private readonly EntityRecognizer _entities;
    private readonly StatementRules _statements;
    private readonly FactRules _facts;
    private readonly Consolidation _consolidation;
    private readonly Attribution _attribution;
    private readonly SemanticStanceReader? _semantic;

    /// <param name="semantic">The semantic stance reader, for stances no pattern words; null reads by the patterns alone.</param>
    public Extractor(Gazetteer gazetteer, SemanticStanceReader? semantic = null)
    {
        _semantic = semantic;
        _gazetteer = gazetteer;
        _entities = new EntityRecognizer(gazetteer);
        _attribution = new Attribution(gazetteer);
        _statements = new StatementRules(_attribution, gazetteer);
        _facts = new FactRules(gazetteer, _attribution);
        _consolidation = new Consolidation(gazetteer);
    }

    /// <param name="explain">Keep the notes of every rule that fired or declined, for <c>eval --explain</c>; slower.</param>
    public Extraction Extract(Article article, bool explain = false)
    {
        var trace = explain ? new Trace() : null;
        var paragraphs = Boilerplate.Classify(article.Body, article.Outlet);
        var sentences = Sentences.Split(article.Body, paragraphs);
        if (sentences.Count == 0)
            return new Extraction([], ["the article has no text of its own once page furniture is set aside; no events"], 0);

        var readings = sentences.Select(s => Reading.Of(article.Body, s, article.Published, _entities, _lexicon, _stanceRules)).ToList();
        DayAnchors.Carry(readings, article.Published);
        var provenance = new Provenance(article.Id, article.Outlet, article.Published, RunBy);

        var named = readings.SelectMany(r => r.Mentions).Select(m => m.TerritoryId).OfType<string>().ToHashSet();
        var dominant = Dominant(readings);
        var pair = Pair(readings);
        var lead = readings.FirstOrDefault(IsStory)?.Sentence.Index ?? 0;
        var newsDay = NewsDay(readings, article.Published);
        var factContext = new Context(article.Published, IsGroupOfPlaces) { NewsDay = newsDay, Lead = lead, Dominant = dominant, Pair = pair };
        factContext.NamedInArticle.UnionWith(named);
        var facts = new List<FactDraft>();
        foreach (var r in readings)
        {
            var spots = TerritorySpots.In(r, factContext);
            var found = _facts.Read(r, factContext, spots, provenance);
            facts.AddRange(found);
            Remember(r, factContext, spots);
            if (found.Count > 0) factContext.LastFactDate = (r.Sentence.Index, found[^1].Event.Date);
        }

        var context = new Context(article.Published, IsGroupOfPlaces)
        {
            NewsDay = newsDay, Lead = lead, Dominant = dominant, NamedNext = sentence => NamedNext(readings, sentence),
        };
        context.NamedInArticle.UnionWith(named);
        context.Annexed.UnionWith(factContext.Annexed);
        var statements = new List<StatementDraft>();
        foreach (var r in readings)
        {
            var spots = TerritorySpots.In(r, context);
            var found = _statements.Read(r, context, spots, trace);
            if (found.Count == 0 && _semantic?.Read(r, spots) is var (cue, probability))
                found = _statements.Read(r, context, spots, trace, [cue]).Select(d => d with { Confidence = probability }).ToList();
            statements.AddRange(found);
            Remember(r, context, spots);
            if (found.Count > 0)
            {
                var last = found[^1];
                var sameVoice = found.Where(s => s.Speaker == last.Speaker && s.Actor == last.Actor).ToList();
                context.LastStatement = new RecentStatement(r.Sentence.Index, last.Speaker ?? Speaker.ForActor(last.Actor),
                    sameVoice.Select(s => s.Stance).Distinct().ToList(), sameVoice.Select(s => s.Territory).Distinct().ToList());
            }
        }

        var events = _consolidation.Events(statements.Select(s => s with { Speaker = AsWritten(s.Speaker, article.Body) }).ToList(), facts, provenance);
        var warnings = events.Count == 0 ? new[] { $"read {sentences.Count} sentences and found no events" } : [];
        return new Extraction(events, warnings, sentences.Count)
        {
            SentenceSpans = explain ? sentences.Select(s => s.Span).ToList() : [],
            Notes = trace?.Notes ?? [],
        };
    }

    /// <summary>
    /// A known person by the name the article writes out for them ("Aleksandar Vucic"), not the gazetteer's ("Aleksandar
    /// Vučić"), even where the office named them before the article did.
    /// </summary>
    private static Speaker? AsWritten(Speaker? speaker, string body)
    {
        if (speaker?.Known is not { } person || speaker.Name is null || body.Contains(speaker.Name, StringComparison.Ordinal)) return speaker;
        var written = person.Aliases.Prepend(person.Name).Where(n => n.Contains(' ') && body.Contains(n, StringComparison.Ordinal))
            .OrderByDescending(n => n.Length).FirstOrDefault();
        return written is null ? speaker : speaker with { Name = written };
    }

    /// <summary>The two states named most, each at least twice, when no third is named as often as the second.</summary>
    private static IReadOnlyList<string>? Pair(IReadOnlyList<Reading> readings)
    {
        var ranked = Ranked(readings, m => m.ActorCode is { } actor && actor is not ("UN" or "EU" or "NATO") ? actor : null);
        return ranked.Count >= 2 && ranked[1].Count >= 2 && (ranked.Count == 2 || ranked[2].Count < ranked[1].Count)
            ? [ranked[0].Key, ranked[1].Key]
            : null;
    }

    /// <summary>The territory named at least three times and twice as often as any other.</summary>
    private static string? Dominant(IReadOnlyList<Reading> readings)
    {
        var ranked = Ranked(readings, m => m.TerritoryId);
        return ranked.Count > 0 && ranked[0].Count >= 3 && (ranked.Count == 1 || ranked[0].Count >= 2 * ranked[1].Count) ? ranked[0].Key : null;
    }

    /// <summary>The three things the story names most, by how often it names them.</summary>
    private static List<(string Key, int Count)> Ranked(IReadOnlyList<Reading> readings, Func<Mention, string?> key)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in readings)
            foreach (var m in r.Mentions)
                if (key(m) is { } k) counts[k] = counts.GetValueOrDefault(k) + 1;
        return counts.OrderByDescending(kv => kv.Value).Take(3).Select(kv => (kv.Key, kv.Value)).ToList();
    }

    /// <summary>The territories named, not referred to, in the sentence after this one when it is in the same paragraph.</summary>
    private static IReadOnlyList<string> NamedNext(IReadOnlyList<Reading> readings, int sentence)
    {
        var at = sentence + 1;
        if (at >= readings.Count || readings[at].Sentence.Paragraph != readings[sentence].Sentence.Paragraph) return [];
        return readings[at].Mentions.Select(m => m.TerritoryId).OfType<string>().Distinct().ToList();
    }

    /// <summary>
    /// The day of the news: the day the lead (the first sentence of some length) names, outside quotations, when it
    /// lies in the few days before publication ("Russia said on Monday", in Tuesday's paper). Older or later days are
    /// background or plans, not the news; a lead with no day leaves the publication date.
    /// </summary>
    private static PartialDate NewsDay(IReadOnlyList<Reading> readings, DateOnly published)
    {
        var story = readings.Where(IsStory).Take(2).ToList();
        foreach (var lead in story)
            foreach (var (token, date) in lead.Dates)
                if (date.Date.Precision == DatePrecision.Day && !lead.InQuote(token) && StatementRules.Usable(date)
                    && date.Date.Start <= published && date.Date.Start.DayNumber >= published.DayNumber - 3
                    // The second sentence gives the day of the news only when it is the day something was said: "Of the
                    // ballots cast on Sunday" dates the vote, not the reactions to it.
                    && (lead == story[0] || lead.SpeechVerbs.Any(v => StatementRules.DateAtVerb(lead, v.First) == date.Date)))
                    return date.Date;
        return PartialDate.OfDay(published);
    }

    /// <summary>
    /// Shorter lines at the top are headlines, bylines and datelines; so is a longer line without a full stop, or
    /// of fields set apart by dots or bars ("Thursday 13 October 2022 · By A. Writer · Listen to this article").
    /// </summary>
    private static bool IsStory(Reading r) =>
        r.Tokens.Count(t => t.Kind == TokenKind.Word) >= LeadWords
        // A headline has no full stop: "Putin offers ceasefire if Ukraine quits four regions; Kyiv calls it an ultimatum".
        && EndsLikeASentence(r)
        && !r.Tokens.Any(t => t.Lower is "·" or "|" or "•")
        && !(r.Tokens[0].Lower == "by" && r.Tokens[0].Capitalized);

    private const int LeadWords = 12;

    /// <summary>How far back a day may lie and still be the news an undated quotation after it belongs to.</summary>
    private const int RecentDays = 7;

    /// <summary>A full stop, perhaps inside closing quotes; a headline quoting someone ends on the quote alone.</summary>
    private static bool EndsLikeASentence(Reading r)
    {
        var last = r.Tokens.Count - 1;
        while (last > 0 && (r.Tokens[last].Kind == TokenKind.QuoteMark || r.Tokens[last].Lower is "'" or "’")) last--;
        return r.Tokens[last].Lower is "." or "?" or "!" or ":";
    }

    private bool IsGroupOfPlaces(string territory) =>
        _gazetteer.TerritoryById(territory)?.Kind is "island group" or "islands";

    /// <summary>"a statement made on Feb. 26 by Foreign Minister Ana Ruiz": the date of what that person said.</summary>
    private static PartialDate? AgentDate(Reading r, Mention person)
    {
        var start = person.First;
        while (start > 0 && r.MentionAt(start - 1) is { } before && !before.Is(MentionKind.Pronoun)) start = before.First;
        if (start == 0 || r.Tokens[start - 1].Lower != "by") return null;
        return r.Dates.Where(d => d.Token < start && start - d.Token <= 8 && StatementRules.Usable(d.Date) && !r.InQuote(d.Token))
            .Select(d => (PartialDate?)d.Date.Date).LastOrDefault();
    }

    /// <summary>
    /// "Greenland's premier, Mute B. Egede, had answered a similar post last month. 'Greenland is ours,' he wrote.": the date of
    /// what the subject of a sentence with no verb of speech did, for the undated words of theirs that follow.
    /// </summary>
    private static PartialDate? ActorDate(Reading r, Mention person, DateOnly published)
    {
        if (r.SpeechVerbs.Any(v => !r.InQuote(v.First)) || r.InQuote(person.First) || Planned(r)) return null;
        if (r.Mentions.FirstOrDefault(x => !r.InQuote(x.First) && (x.Is(MentionKind.Person) || x.Is(MentionKind.Role) || x.ActorCode is not null)) is not { } first
            || first.First > person.First || r.Tokens.Take(person.First).Any(t => t.Lower is "who" or "which" or "that" or "when" or "after" or "before" or "while" or "as"))
            return null;
        var dated = r.Dates.Where(d => d.Token > person.End && StatementRules.Usable(d.Date) && !r.InQuote(d.Token) && d.Date.Date.Start <= published).ToList();
        if (dated.Count != 1) return null;
        var (token, date) = dated[0];
        return r.Tokens.Skip(person.End).Take(token - person.End)
            .Any(t => t.Lower is "who" or "which" or "that" or "when" or "after" or "before" or "since" or "until" or ";" or "while")
            ? null
            : date.Date;
    }

    /// <summary>"Zelensky is expected in Washington on Friday": what is yet to happen, or may, dates nothing said.</summary>
    private static bool Planned(Reading r) => r.Futures.Concat(r.Hedges).Concat(r.NotYet).Any(f => !r.InQuote(f.First));

    /// <summary>What the next sentence may refer back to: the people named, the one in focus, the territories.</summary>
    private void Remember(Reading r, Context context, IReadOnlyList<TerritorySpot> spots)
    {
        for (var k = Planned(r) ? -1 : r.Dates.Count - 1; k >= 0; k--)
        {
            var (token, date) = r.Dates[k];
            if (date.Date.Precision != DatePrecision.Day || r.InQuote(token) || !StatementRules.Usable(date)
                || date.Date.Start > context.Published || date.Date.Start.DayNumber < context.Published.DayNumber - RecentDays) continue;
            context.LastDay = (r.Sentence.Paragraph, r.Sentence.Index, date.Date);
            break;
        }
        context.Discussed(r.Sentence.Index, r.Sentence.Paragraph, TerritorySpots.Ids(spots));
        var day = context.Published;
        Speaker? focus = null;
        foreach (var m in r.Mentions.Where(m => m.Is(MentionKind.Person)))
        {
            var person = _attribution.Of(r, m, context, day);
            if (person is null || !person.IsPerson) continue;
            context.Met(person);
            if ((AgentDate(r, m) ?? ActorDate(r, m, context.Published)) is { } date) context.Dated(person, date);
            focus ??= r.InQuote(m.First) ? null : person;
        }
        foreach (var m in r.Mentions.Where(m => m.Is(MentionKind.Role) && !m.Is(MentionKind.Person)))
            if (_attribution.Of(r, m, context, day) is { IsPerson: false, Actor: not null } body) context.Met(body);
        foreach (var verb in r.SpeechVerbs.Where(v => !r.InQuote(v.First)))
        {
            if (_attribution.AtVerb(r, verb.First, context, day) is not { } speaker) continue;
            context.Voice = (r.Sentence.Index, speaker);
            // "..., a foreign ministry spokeswoman said. 'We urge ...,' she said": an unnamed office holder is whom "she" means next.
            if (!speaker.IsPerson && speaker is { Role: { } office, Actor: not null } && Roles.IsPersonal(office)) focus ??= speaker;
            if (!speaker.IsPerson) continue;
            focus = speaker;
            if (StatementRules.DateAtVerb(r, verb.First) is { } said) context.Dated(speaker, said);
        }
        if (focus is not null) context.Focus(focus);
        var subject = r.Mentions.FirstOrDefault(m => !r.InQuote(m.First) && r.ActsAsActor(m)
                                                     && (m.First == 0 || r.Tokens[m.First - 1].Lower is not ("in" or "at" or "to" or "from" or "with")));
        if (subject?.ActorCode is { } actor) context.LastSubjectActor = actor;
    }
}
