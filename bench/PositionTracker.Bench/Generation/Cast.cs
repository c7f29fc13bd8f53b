using PositionTracker.Domain.Catalog;

namespace PositionTracker.Bench.Generation;

/// <summary>A date in the past as an article might give it: a year, a month or a day.</summary>
public readonly record struct Past(int Year, int Month = 0, int Day = 0)
{
    /// <summary>The first day after the period it names: a year ends with December, a month with its last day.</summary>
    public DateOnly Over => Month == 0 ? new DateOnly(Year + 1, 1, 1)
        : Day == 0 ? new DateOnly(Year, Month, 1).AddMonths(1)
        : new DateOnly(Year, Month, Day).AddDays(1);

    public bool Before(DateOnly day) => Over <= day;
}

/// <summary>A referendum the articles may mention: when, and what the winning side voted for.</summary>
public sealed record Vote(Past When, string Outcome, double Percent);

/// <summary>
/// One territorial dispute as the generator tells it: the territory (from the gazetteer), who holds it,
/// who contests it, who demands it back (if anyone does), and the background the articles recall.
/// </summary>
public sealed record Dispute(
    Territory Territory,
    string Holder,
    string Challenger,
    string? Demander,
    bool Occupied,
    string Extent,
    int Weight,
    Past? Since,
    Past? Annexed,
    IReadOnlyList<Vote> Votes)
{
    public IReadOnlyList<string> Claimants => Territory.Claimants;

    /// <summary>The owner as most of the world sees it, for "sovereignty of X over T".</summary>
    public string Owner => Territory.RecognizedAs ?? Holder;

    /// <summary>How later sentences refer back to it: "the peninsula", "the islands".</summary>
    public string Noun => Territory.Kind switch
    {
        "peninsula" => "the peninsula",
        "island group" => "the islands",
        "island" or "reef" => "the territory",
        "region" or "strip" => "the region",
        _ => "the area",
    };
}

/// <summary>
/// Everything the generator draws on from the gazetteer: the disputes (every territory with two sides),
/// the actors' names, demonyms, capitals and metonyms, and the people holding office on a given day.
/// </summary>
public sealed class Cast
{
    public Gazetteer Gazetteer { get; }
    public IReadOnlyList<Dispute> Disputes { get; }
    public IReadOnlyList<int> Weights { get; }
    public int TotalWeight { get; }

    /// <summary>Actors that comment on other states' disputes: they have people or offices in the gazetteer.</summary>
    public IReadOnlyList<string> Commentators { get; }

    /// <summary>States that sanction occupiers, as they have done.</summary>
    public IReadOnlyList<string> Sanctioners { get; } = ["USA", "EU", "GBR", "CAN", "JPN", "AUS", "NOR", "CHE"];

    private readonly Dictionary<string, List<(Person Person, PersonRole Role)>> _offices;
    private readonly Dictionary<string, List<string>> _fixedRoles;

    public Cast(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        _offices = gazetteer.People
            .SelectMany(p => p.Roles.Where(r => UsableTitle(r.Title)).Select(r => (p, r)))
            .GroupBy(o => o.r.Actor)
            .ToDictionary(g => g.Key, g => g.ToList());
        _fixedRoles = gazetteer.Roles.Fixed
            .Where(r => !r.Title.StartsWith("the ", StringComparison.Ordinal) && UsableTitle(r.Title))
            .GroupBy(r => r.Actor).ToDictionary(g => g.Key, g => g.Select(r => r.Title).ToList());
        Disputes = gazetteer.Territories.Select(Describe).OfType<Dispute>().ToList();
        Weights = Disputes.Select(d => d.Weight).ToList();
        TotalWeight = Weights.Sum();
        Commentators = new[] { "USA", "EU", "UN", "GBR", "FRA", "DEU", "CHN", "TUR", "JPN", "IND", "CAN", "NATO", "VAT", "ITA", "POL", "NOR" }
            .Where(c => gazetteer.ActorByCode(c) is not null).ToList();
    }

    public Actor Actor(string code) => Gazetteer.ActorByCode(code) ?? throw new InvalidOperationException($"no actor {code} in the gazetteer");

    /// <summary>"Russia", "the Philippines", "the United States": the name as a sentence uses it.</summary>
    public string Name(string code)
    {
        var actor = Actor(code);
        var wantsThe = actor.Name.Contains(' ') || actor.Name.EndsWith('s');
        return wantsThe && actor.Aliases.Contains("the " + actor.Name) ? "the " + actor.Name : actor.Name;
    }

    /// <summary>"Russian", or for the EU and the UN the name itself used as a modifier ("EU").</summary>
    public string Adjective(string code)
    {
        var actor = Actor(code);
        if (actor.Demonyms.Count > 0) return actor.Demonyms[0];
        return actor.Aliases.FirstOrDefault(a => a.Length <= 4 && a.All(c => char.IsUpper(c) || c == '.')) ?? actor.Name;
    }

    public string Possessive(string code) => Name(code) + "'s";

    /// <summary>The capital or a metonym ("Moscow", "the Kremlin"), or null when the gazetteer has neither.</summary>
    public IReadOnlyList<string> Seats(string code)
    {
        var actor = Actor(code);
        return [.. actor.Capitals.Where(c => !c.Contains(',')), .. actor.Metonyms.Where(m => m.StartsWith("the ", StringComparison.Ordinal) || !actor.Metonyms.Contains("the " + m))];
    }

    public IReadOnlyList<(Person Person, PersonRole Role)> OfficeHolders(string code, DateOnly day) =>
        _offices.TryGetValue(code, out var all) ? all.Where(o => o.Role.HeldOn(day)).ToList() : [];

    public IReadOnlyList<string> FixedRoles(string code) => _fixedRoles.GetValueOrDefault(code) ?? [];

    private static bool UsableTitle(string title) => title.Length <= 40 && !title.Contains('(') && !title.Contains(';');

    /// <summary>Every territory with two sides: the gazetteer's claimants, completed where only one side claims it.</summary>
    private Dispute? Describe(Territory t)
    {
        Known.TryGetValue(t.Id, out var known);
        var holder = known?.Holder ?? t.RecognizedAs ?? t.Claimants.FirstOrDefault();
        if (holder is null) return null;
        var challenger = known?.Challenger ?? t.Claimants.FirstOrDefault(c => c != holder)
            ?? (t.RecognizedAs is { } owner && owner != holder ? owner : null);
        if (challenger is null || Gazetteer.ActorByCode(holder) is null || Gazetteer.ActorByCode(challenger) is null) return null;
        var demander = known is not null ? known.Demander
            : t.RecognizedAs is { } recognized && recognized != holder ? recognized
            : t.Claimants.Contains(challenger) ? challenger : null;
        return new Dispute(t, holder, challenger, demander, known?.Occupied ?? false, known?.Extent ?? "all of",
            known?.Weight ?? 1, known?.Since, known?.Annexed, known?.Votes ?? []);
    }

    private sealed record Background(
        string Holder, string Challenger, string? Demander, int Weight, string Extent = "all of", bool Occupied = false,
        Past? Since = null, Past? Annexed = null, Vote[]? Votes = null);

    /// <summary>The background of the disputes the news returns to most: who holds what since when, annexations, votes.</summary>
    private static readonly Dictionary<string, Background> Known = new()
    {
        ["crimea"] = new("RUS", "UKR", "UKR", 8, Occupied: true, Since: new(2014, 2), Annexed: new(2014, 3, 18),
            Votes: [new(new(2014, 3, 16), "joining Russia", 96.8)]),
        ["sevastopol"] = new("RUS", "UKR", "UKR", 2, Occupied: true, Since: new(2014, 2), Annexed: new(2014, 3, 18)),
        ["donetsk"] = new("RUS", "UKR", "UKR", 4, "most of", true, new(2014), new(2022, 9, 30),
            [new(new(2014, 5, 11), "self-rule", 89.1), new(new(2022, 9), "joining Russia", 99.2)]),
        ["luhansk"] = new("RUS", "UKR", "UKR", 3, "almost all of", true, new(2014), new(2022, 9, 30),
            [new(new(2014, 5, 11), "self-rule", 96.2), new(new(2022, 9), "joining Russia", 98.4)]),
        ["zaporizhzhia"] = new("RUS", "UKR", "UKR", 3, "part of", true, new(2022), new(2022, 9, 30),
            [new(new(2022, 9), "joining Russia", 93.1)]),
        ["kherson"] = new("RUS", "UKR", "UKR", 3, "part of", true, new(2022), new(2022, 9, 30),
            [new(new(2022, 9), "joining Russia", 87.1)]),
        ["kursk"] = new("RUS", "UKR", null, 1, "parts of"),
        ["kharkiv"] = new("UKR", "RUS", null, 1, "most of"),
        ["taiwan"] = new("TWN", "CHN", null, 6),
        ["golan-heights"] = new("ISR", "SYR", "SYR", 4, "most of", true, new(1967), new(1981, 12, 14)),
        ["east-jerusalem"] = new("ISR", "PSE", "PSE", 2, Occupied: true, Since: new(1967), Annexed: new(1980, 7)),
        ["west-bank"] = new("ISR", "PSE", "PSE", 3, "much of", true, new(1967)),
        ["gaza-strip"] = new("ISR", "PSE", "PSE", 2, "much of", true, new(2023)),
        ["western-sahara"] = new("MAR", "DZA", null, 3, "most of", Since: new(1975)),
        ["falkland-islands"] = new("GBR", "ARG", "ARG", 4, Since: new(1833), Votes: [new(new(2013, 3), "remaining British", 99.8)]),
        ["south-georgia"] = new("GBR", "ARG", "ARG", 1, Since: new(1908)),
        ["kosovo"] = new("XKX", "SRB", null, 3, "most of", Since: new(2008, 2, 17), Votes: [new(new(1991, 9), "independence", 99.9)]),
        ["nagorno-karabakh"] = new("AZE", "ARM", null, 3, Since: new(2023, 9),
            Votes: [new(new(1991, 12, 10), "independence", 99.9)]),
        ["kuril-islands"] = new("RUS", "JPN", "JPN", 4, Since: new(1945), Annexed: new(1946, 2)),
        ["iturup"] = new("RUS", "JPN", "JPN", 1, Since: new(1945)),
        ["kunashir"] = new("RUS", "JPN", "JPN", 1, Since: new(1945)),
        ["shikotan"] = new("RUS", "JPN", "JPN", 1, Since: new(1945)),
        ["habomai-islands"] = new("RUS", "JPN", "JPN", 1, Since: new(1945)),
        ["kashmir"] = new("IND", "PAK", null, 4, "most of", Since: new(1947)),
        ["azad-kashmir"] = new("PAK", "IND", "IND", 2, Since: new(1947)),
        ["aksai-chin"] = new("CHN", "IND", "IND", 1, Since: new(1962)),
        ["arunachal-pradesh"] = new("IND", "CHN", null, 2),
        ["spratly-islands"] = new("VNM", "CHN", null, 3, "parts of"),
        ["paracel-islands"] = new("CHN", "VNM", "VNM", 2, Since: new(1974, 1)),
        ["scarborough-shoal"] = new("CHN", "PHL", "PHL", 3, Since: new(2012, 6)),
        ["second-thomas-shoal"] = new("PHL", "CHN", null, 2, Since: new(1999)),
        ["mischief-reef"] = new("CHN", "PHL", "PHL", 1, Since: new(1995)),
        ["senkaku-islands"] = new("JPN", "CHN", null, 3),
        ["dokdo"] = new("KOR", "JPN", null, 2, Since: new(1954)),
        ["abkhazia"] = new("RUS", "GEO", "GEO", 2, Occupied: true, Since: new(2008, 8)),
        ["south-ossetia"] = new("RUS", "GEO", "GEO", 2, Occupied: true, Since: new(2008, 8), Votes: [new(new(2006, 11, 12), "independence", 99.0)]),
        ["transnistria"] = new("RUS", "MDA", "MDA", 2, Occupied: true, Since: new(1992), Votes: [new(new(2006, 9, 17), "union with Russia", 97.2)]),
        ["northern-cyprus"] = new("TUR", "CYP", "CYP", 2, Occupied: true, Since: new(1974, 7)),
        ["gibraltar"] = new("GBR", "ESP", "ESP", 3, Since: new(1713), Votes: [new(new(2002, 11, 7), "rejecting shared sovereignty", 98.9)]),
        ["ceuta"] = new("ESP", "MAR", "MAR", 1),
        ["melilla"] = new("ESP", "MAR", "MAR", 1),
        ["chagos-islands"] = new("GBR", "MUS", "MUS", 2, Since: new(1965)),
        ["diego-garcia"] = new("GBR", "MUS", "MUS", 1, Since: new(1965)),
        ["mayotte"] = new("FRA", "COM", "COM", 1, Votes: [new(new(2009, 3, 29), "becoming a French department", 95.2)]),
        ["essequibo"] = new("GUY", "VEN", null, 3, Votes: [new(new(2023, 12, 3), "creating a Venezuelan state", 95.9)]),
        ["abyei"] = new("SDN", "SSD", null, 1, "part of"),
        ["bakassi"] = new("CMR", "NGA", null, 1, Since: new(2008, 8)),
        ["guantanamo-bay"] = new("USA", "CUB", "CUB", 1, Since: new(1903)),
        ["greenland"] = new("DNK", "USA", null, 2),
        ["somaliland"] = new("SOM", "ETH", null, 1),
        ["shebaa-farms"] = new("ISR", "LBN", "LBN", 1, Occupied: true, Since: new(1967)),
        ["kalapani"] = new("IND", "NPL", "NPL", 1),
        ["doklam"] = new("BTN", "CHN", null, 1),
        ["preah-vihear"] = new("KHM", "THA", null, 1),
        ["abu-musa-and-tunbs"] = new("IRN", "ARE", "ARE", 1, Since: new(1971, 11)),
        ["hala-ib-triangle"] = new("EGY", "SDN", "SDN", 1),
        ["imia"] = new("GRC", "TUR", null, 1),
        ["olivenza"] = new("ESP", "PRT", null, 1),
    };
}
