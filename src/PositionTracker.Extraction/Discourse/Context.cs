using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Extraction.Discourse;

/// <summary>A statement just read: what the next sentence's "he said", "echoed the stance" or "this" may refer back to.</summary>
public sealed record RecentStatement(int Sentence, Speaker Speaker, IReadOnlyList<Stance> Stances, IReadOnlyList<string> Territories);

/// <summary>
/// What a reader carries from one sentence to the next: who has been named (and in what office), who spoke
/// last, which territories were just discussed, and which dates belong to whom.
/// </summary>
public sealed class Context(DateOnly published, Func<string, bool>? isGroupOfPlaces = null)
{
    private readonly List<Speaker> _people = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PartialDate> _personDates = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, int> _seen = [];
    private readonly Dictionary<string, Speaker> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private int _clock;
    private readonly List<(int Sentence, int Paragraph, IReadOnlyList<string> Territories)> _territories = [];

    public DateOnly Published { get; } = published;

    /// <summary>
    /// The day the story reports ("on Monday" in the lead of a paper published on Tuesday): the day of what is
    /// said without a date of its own. Publication day when the lead gives none.
    /// </summary>
    public PartialDate NewsDay { get; set; } = PartialDate.OfDay(published);

    /// <summary>The first sentence of the story itself; what comes before it is headline, byline and dateline.</summary>
    public int Lead { get; set; }
    public Speaker? LastPerson { get; private set; }
    public string? LastSubjectActor { get; set; }
    public RecentStatement? LastStatement { get; set; }
    public IReadOnlyList<string>? LastTalksParties { get; set; }
    public int LastTalksSentence { get; set; } = -1;
    public string? LastSanctionsTarget { get; set; }

    /// <summary>The last one reported speaking, and where: whose words a quotation with no verb of its own continues.</summary>
    public (int Sentence, Speaker Speaker)? Voice { get; set; }
    public (int Sentence, PartialDate Date)? LastFactDate { get; set; }

    /// <summary>The last recent day a sentence of the story named, and where: the day of an undated quotation after it in its paragraph.</summary>
    public (int Paragraph, int Sentence, PartialDate Day)? LastDay { get; set; }

    /// <summary>"Pelosi met Tsai in Taipei on Wednesday. 'We will defend our sovereignty,' Tsai said": that Wednesday.</summary>
    public PartialDate? DayOfParagraph(int paragraph, int sentence) =>
        LastDay is { } last && last.Paragraph == paragraph && last.Sentence < sentence ? last.Day : null;

    /// <summary>
    /// The territories the next sentence of the same paragraph names outright: what "all our territories" means when the
    /// story spells them out right after ("Kyiv counts among those territories Crimea and ...").
    /// </summary>
    public Func<int, IReadOnlyList<string>> NamedNext { get; init; } = _ => [];

    /// <summary>Territories the article says were annexed, known before statements are read.</summary>
    public HashSet<string> Annexed { get; } = new(StringComparer.Ordinal);

    /// <summary>The territory the story is about, when one is named far more than any other: what an unnamed place means last.</summary>
    public string? Dominant { get; set; }

    /// <summary>The two states the story names most: who "the two sides" and "the two armies" are.</summary>
    public IReadOnlyList<string>? Pair { get; set; }

    /// <summary>Territory ids the article names anywhere, for groups that need the article to name their members.</summary>
    public HashSet<string> NamedInArticle { get; } = new(StringComparer.Ordinal);

    public void Met(Speaker person)
    {
        if (!person.IsPerson)
        {
            // "Russia's foreign ministry said": what "the ministry" means in the sentences after.
            if (person is { Role: { } office, Actor: not null })
            {
                _bodies[Roles.Head(office)] = person;
                _bodies[office] = person;
            }
            return;
        }
        var known = Find(person);
        if (known < 0)
        {
            _people.Add(person);
            known = _people.Count - 1;
        }
        else _people[known] = Merge(_people[known], person);
        _seen[known] = ++_clock;
        foreach (var key in Speaker.Keys(_people[known].Name!)) _byName.TryAdd(key, known);
    }

    /// <summary>The person named before by the same family name, looked up rather than searched for.</summary>
    private int Find(Speaker person)
    {
        foreach (var key in Speaker.Keys(person.Name!))
            if (_byName.TryGetValue(key, out var index) && _people[index].SamePersonAs(person)) return index;
        return -1;
    }

    /// <summary>The person the sentence was about: whom "he" and "she" mean next.</summary>
    public void Focus(Speaker person) => LastPerson = _people.LastOrDefault(p => p.SamePersonAs(person)) ?? person;

    /// <summary>A person named before, found by surname or by office ("the Kremlin spokesman").</summary>
    /// <summary>
    /// A person named before, found by surname; or by office ("the president", "the minister"): the person in focus if
    /// they hold it, else the one of that office named most recently; or a body named before ("the ministry").
    /// </summary>
    public Speaker? Recall(Speaker partial)
    {
        if (partial.Name is not null) return Find(partial) is >= 0 and var index ? _people[index] : null;
        if (partial.Role is null) return null;
        bool Holds(Speaker p) => p.Role is not null && Roles.SameOffice(p.Role, partial.Role) && (partial.Actor is null || p.Actor == partial.Actor);
        if (LastPerson is { } focus && Holds(focus)) return focus;
        var best = -1;
        for (var i = 0; i < _people.Count; i++)
            if (Holds(_people[i]) && (best < 0 || _seen.GetValueOrDefault(i) > _seen.GetValueOrDefault(best))) best = i;
        if (best >= 0) return _people[best];
        // "the foreign ministry" is the foreign ministry named before, even when a defence ministry came after it.
        if (partial.Actor is not null) return null;
        return _bodies.TryGetValue(partial.Role, out var same) || _bodies.TryGetValue(Roles.Head(partial.Role), out same) ? same : null;
    }

    public void Dated(Speaker person, PartialDate date)
    {
        if (person.Name is not null) _personDates[Speaker.Surname(person.Name)] = date;
    }

    public PartialDate? DateOf(Speaker person) =>
        person.Name is not null && _personDates.TryGetValue(Speaker.Surname(person.Name), out var date) ? date : null;

    public void Discussed(int sentence, int paragraph, IReadOnlyList<string> territories)
    {
        if (territories.Count > 0) _territories.Add((sentence, paragraph, territories));
    }

    /// <summary>
    /// The territories of a recent sentence: "those territories" wants several, "the peninsula" one; a
    /// statement that names none takes those of the sentence before it.
    /// </summary>
    public IReadOnlyList<string> Recent(int sentence, int paragraph, int? wanting = null, int reach = 2)
    {
        if (reach == Story) return Latest(sentence, wanting);
        for (var i = _territories.Count - 1; i >= 0; i--)
        {
            var (at, inParagraph, territories) = _territories[i];
            if (at >= sentence) continue;
            if (sentence - at > reach + 2 || paragraph - inParagraph > reach) break;
            if (wanting is null) return sentence - at <= reach ? territories : [];
            if (wanting == 1 ? territories.Count == 1 : Several(territories)) return territories;
        }
        return [];
    }

    /// <summary>The reach of a reference that may point anywhere back in the story.</summary>
    public const int Story = int.MaxValue;

    private IReadOnlyList<string> Latest(int sentence, int? wanting)
    {
        for (var i = _territories.Count - 1; i >= 0; i--)
        {
            var (at, _, territories) = _territories[i];
            if (at < sentence && (wanting is null || (wanting == 1 ? territories.Count == 1 : Several(territories)))) return territories;
        }
        return [];
    }

    /// <summary>"the islands" may be one territory of many islands: the Falklands, the Kurils.</summary>
    private bool Several(IReadOnlyList<string> territories) =>
        territories.Count >= 2 || (territories.Count == 1 && isGroupOfPlaces?.Invoke(territories[0]) == true);

    private static Speaker Merge(Speaker known, Speaker seen) => known with
    {
        Name = (seen.Name?.Length ?? 0) > (known.Name?.Length ?? 0) ? seen.Name : known.Name,
        Role = known.Role ?? seen.Role,
        Actor = known.Actor ?? seen.Actor,
        Known = known.Known ?? seen.Known,
    };
}
