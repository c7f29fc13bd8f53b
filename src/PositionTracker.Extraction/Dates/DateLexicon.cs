using System.Collections.Frozen;
using System.Reflection;

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
    A,              // "a", "an": a count of one
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

/// <summary>
/// The date finder's words, read from Lexicon/dates.json: what each word means to it (<see cref="Classify"/>), and
/// the phrases that name a day of the sentences before (<see cref="DayAnchors"/>).
/// </summary>
internal static class DateLexicon
{
    private static readonly DateWords Embedded = Load();
    private static readonly FrozenDictionary<string, (DateLex Lex, int Value)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Embedded.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"the same day", "the next day": a day of the sentences before, and how many days after it, in the order tried.</summary>
    public static IReadOnlyList<(string[] Words, int Days)> DayAnchors => Embedded.DayAnchors;

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

    private static DateWords Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lexicon.dates.json")
            ?? throw new InvalidOperationException("Lexicon/dates.json is not embedded in the assembly");
        return DateWords.Read(stream);
    }
}
