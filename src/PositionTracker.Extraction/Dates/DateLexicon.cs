using System.Collections.Frozen;

namespace PositionTracker.Extraction.Dates;

/// <summary>What a word means to the date finder.</summary>
internal enum DateLex : byte
{
    None,
    Month,          // Value: 1..12, full name
    MonthAbbr,      // Value: 1..12, "Feb", "Sept"
    Weekday,        // Value: (int)DayOfWeek
    NumWord,        // Value: 1..19
    Tens,           // Value: 20, 30, ... 90
    A,              // "a", "an"
    The,
    Few,            // "few"
    Several,
    On,
    In,
    Since,
    Until,          // "until", "till"
    By,
    During,
    Of,
    Last,
    This,
    Next,
    Coming,
    Past,           // "this past Sunday"
    Early,
    Late,
    Mid,
    Earlier,
    Later,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Unit,           // Value: (int)DateUnit * 2 + (plural ? 1 : 0)
    Ago,
    After,
    Before,
    Afterwards,
    Shortly,        // "shortly", "soon"
    PartOfDay,      // "morning", "afternoon", "evening", "night"
    Overnight,
    Season,         // "summer", "spring", "autumn", "fall", "winter"
    Edge,           // "end", "beginning", "start", "middle"
    Following,      // "following"
    Previous,       // "previous", "preceding"
    UnitNoun,       // a counted noun that makes a number a quantity: "people", "km", "percent", "troops"
    NumPrefix,      // a word that makes a number an identifier: "Resolution", "Flight"; Value 1: only with a period ("No.")
    Quantity,       // a word that makes a number a quantity: "nearly", "some", "approximately"
}

internal enum DateUnit : byte { Hour, Day, Week, Month, Year }

internal static class DateLexicon
{
    private static readonly FrozenDictionary<string, (DateLex Lex, int Value)> Words = Build();
    private static readonly FrozenDictionary<string, (DateLex Lex, int Value)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (DateLex Lex, int Value) Classify(ReadOnlySpan<char> word) =>
        word.Length is >= 1 and <= 14 && Lookup.TryGetValue(word, out var hit) ? hit : (DateLex.None, 0);

    /// <summary>
    /// The cheap pre-check: can a sentence with this word (and no digit) hold a date at all?
    /// Month names count only capitalized, so the modal "may" and the verb "march" cost nothing.
    /// </summary>
    public static bool IsTrigger(ReadOnlySpan<char> word, bool capitalized)
    {
        if (word.Length is < 3 or > 9 || !Lookup.TryGetValue(word, out var hit)) return false;
        return hit.Lex switch
        {
            DateLex.Month or DateLex.MonthAbbr => capitalized,
            DateLex.Weekday or DateLex.Today or DateLex.Yesterday or DateLex.Tomorrow or DateLex.Tonight or DateLex.Ago or DateLex.PartOfDay => true,
            DateLex.Unit => (hit.Value & 1) == 0 && (DateUnit)(hit.Value >> 1) is DateUnit.Week or DateUnit.Month or DateUnit.Year,
            _ => false,
        };
    }

    private static FrozenDictionary<string, (DateLex, int)> Build()
    {
        var d = new Dictionary<string, (DateLex, int)>(StringComparer.OrdinalIgnoreCase);
        void Add(DateLex lex, int value, params string[] words)
        {
            foreach (var w in words) d[w] = (lex, value);
        }

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"];
        for (var i = 0; i < 12; i++) Add(DateLex.Month, i + 1, months[i]);
        Add(DateLex.MonthAbbr, 1, "jan");
        Add(DateLex.MonthAbbr, 2, "feb");
        Add(DateLex.MonthAbbr, 3, "mar");
        Add(DateLex.MonthAbbr, 4, "apr");
        Add(DateLex.MonthAbbr, 6, "jun");
        Add(DateLex.MonthAbbr, 7, "jul");
        Add(DateLex.MonthAbbr, 8, "aug");
        Add(DateLex.MonthAbbr, 9, "sep", "sept");
        Add(DateLex.MonthAbbr, 10, "oct");
        Add(DateLex.MonthAbbr, 11, "nov");
        Add(DateLex.MonthAbbr, 12, "dec");

        string[] weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (var i = 0; i < 7; i++) Add(DateLex.Weekday, i, weekdays[i]);

        string[] numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < numbers.Length; i++) Add(DateLex.NumWord, i + 1, numbers[i]);
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++) Add(DateLex.Tens, 20 + 10 * i, tens[i]);

        Add(DateLex.A, 1, "a", "an");
        Add(DateLex.The, 0, "the");
        Add(DateLex.Few, 0, "few");
        Add(DateLex.Several, 0, "several");
        Add(DateLex.On, 0, "on");
        Add(DateLex.In, 0, "in");
        Add(DateLex.Since, 0, "since");
        Add(DateLex.Until, 0, "until", "till");
        Add(DateLex.By, 0, "by");
        Add(DateLex.During, 0, "during");
        Add(DateLex.Of, 0, "of");
        Add(DateLex.Last, 0, "last");
        Add(DateLex.This, 0, "this");
        Add(DateLex.Next, 0, "next");
        Add(DateLex.Coming, 0, "coming");
        Add(DateLex.Past, 0, "past");
        Add(DateLex.Early, 0, "early");
        Add(DateLex.Late, 0, "late");
        Add(DateLex.Mid, 0, "mid");
        Add(DateLex.Earlier, 0, "earlier");
        Add(DateLex.Later, 0, "later");
        Add(DateLex.Today, 0, "today");
        Add(DateLex.Yesterday, 0, "yesterday");
        Add(DateLex.Tomorrow, 0, "tomorrow");
        Add(DateLex.Tonight, 0, "tonight");
        void Unit(DateUnit u, string singular, string plural)
        {
            Add(DateLex.Unit, (int)u * 2, singular);
            Add(DateLex.Unit, (int)u * 2 + 1, plural);
        }
        Unit(DateUnit.Hour, "hour", "hours");
        Unit(DateUnit.Day, "day", "days");
        Unit(DateUnit.Week, "week", "weeks");
        Unit(DateUnit.Month, "month", "months");
        Unit(DateUnit.Year, "year", "years");
        Add(DateLex.Ago, 0, "ago");
        Add(DateLex.After, 0, "after");
        Add(DateLex.Before, 0, "before");
        Add(DateLex.Afterwards, 0, "afterwards", "afterward");
        Add(DateLex.Shortly, 0, "shortly", "soon");
        Add(DateLex.PartOfDay, 0, "morning", "afternoon", "evening", "night");
        Add(DateLex.Overnight, 0, "overnight");
        Add(DateLex.Season, 0, "summer", "spring", "autumn", "fall", "winter");
        Add(DateLex.Edge, 0, "end", "beginning", "start", "middle");
        Add(DateLex.Following, 0, "following");
        Add(DateLex.Previous, 0, "previous", "preceding");

        Add(DateLex.UnitNoun, 0,
            "people", "persons", "person", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
            "metres", "meters", "metre", "meter", "m", "ft", "feet", "sq", "square", "percent", "per", "pc",
            "troops", "soldiers", "strong", "member", "members", "seat", "seats", "man", "men", "women", "children",
            "dollars", "euros", "pounds", "rubles", "roubles", "yuan", "yen", "tons", "tonnes", "ton", "tonne", "kg",
            "hectares", "acres", "votes", "voters", "residents", "refugees", "civilians", "deaths", "dead",
            "casualties", "fighters", "militants", "police", "officers", "times", "points", "families", "households",
            "homes", "houses", "buildings", "units", "vehicles", "tanks", "ships", "vessels", "boats", "aircraft",
            "planes", "jets", "drones", "missiles", "rockets", "shells", "minutes", "seconds", "delegates",
            "countries", "nations", "islands", "islanders", "villages", "towns", "cases", "prisoners", "detainees",
            "hostages", "workers", "students", "protesters", "demonstrators", "signatures", "words", "pages",
            "incidents", "attacks", "arrests", "settlers", "settlements", "barrels", "cubic", "billion", "million",
            "thousand", "hundred", "languages", "companies", "jobs", "species", "inhabitants", "citizens",
            "migrants", "personnel", "peacekeepers", "observers", "mw", "gw", "kw", "mph", "kmh");
        Add(DateLex.NumPrefix, 0,
            "number", "resolution", "resolutions", "article", "section", "paragraph", "chapter", "page",
            "flight", "route", "highway", "room", "code", "model", "item", "rule", "platform", "gate", "channel",
            "hotline", "phone", "tel", "fax", "ext", "id", "ref", "case", "docket", "file", "order", "decree");
        Add(DateLex.NumPrefix, 1, "no", "nos"); // only as "No. 2014": Value 1 asks for the period
        Add(DateLex.Quantity, 0, "nearly", "approximately", "roughly", "almost", "some", "least", "about", "estimated",
            "approx");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
