using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Dates;

/// <summary>Lexicon/dates.json, compiled: each word with its meaning and value, and the day anchors.</summary>
internal sealed record DateWords(FrozenDictionary<string, (DateLex Lex, int Value)> Words, IReadOnlyList<(string[] Words, int Days)> DayAnchors)
{
    public static DateWords Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<DatesFile>(json, Options) ?? throw new InvalidDataException("dates.json is empty");
        var words = new Dictionary<string, (DateLex, int)>(StringComparer.OrdinalIgnoreCase);
        void Add(DateLex lex, int value, IEnumerable<string> list)
        {
            // A word with two meanings would silently take the last: the data must say which it is.
            foreach (var word in list)
                if (!words.TryAdd(word, (lex, value)))
                    throw new InvalidDataException($"dates.json lists \"{word}\" twice");
        }

        for (var m = 0; m < file.Months.Count; m++)
        {
            Add(DateLex.Month, m + 1, file.Months[m].Take(1));
            Add(DateLex.MonthAbbr, m + 1, file.Months[m].Skip(1));
        }
        for (var d = 0; d < file.Weekdays.Count; d++) Add(DateLex.Weekday, d, [file.Weekdays[d]]);
        for (var n = 0; n < file.Numbers.Count; n++) Add(DateLex.NumWord, n + 1, [file.Numbers[n]]);
        for (var n = 0; n < file.Tens.Count; n++) Add(DateLex.Tens, 20 + 10 * n, [file.Tens[n]]);
        foreach (var (name, forms) in file.Units)
        {
            // Value: the unit twice over, plus one for the plural ("days" counts, "day" names one).
            var unit = (int)Enum.Parse<DateUnit>(name, ignoreCase: true);
            Add(DateLex.Unit, unit * 2, forms.Take(1));
            Add(DateLex.Unit, unit * 2 + 1, forms.Skip(1));
        }
        foreach (var (meaning, list) in file.Words)
        {
            if (!Enum.TryParse<DateLex>(meaning, ignoreCase: true, out var lex) || lex is DateLex.None or DateLex.Month or DateLex.MonthAbbr
                or DateLex.Weekday or DateLex.NumWord or DateLex.Tens or DateLex.Unit)
                throw new InvalidDataException($"dates.json: \"{meaning}\" is not a kind of word the date finder knows");
            Add(lex, 0, list);
        }
        Add(DateLex.NumPrefix, 1, file.NumPrefixesBeforeAPeriod); // Value 1: only as "No. 2014"
        var anchors = file.DayAnchors.Select(a => (Tokens.Of(a.Phrase).Select(t => t.Lower).ToArray(), a.Days)).ToList();
        return new DateWords(words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), anchors);
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A misspelt or missing section would otherwise read as no words at all.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    private sealed record DatesFile(
        string About, List<List<string>> Months, List<string> Weekdays, List<string> Numbers, List<string> Tens,
        Dictionary<string, List<string>> Units, Dictionary<string, List<string>> Words, List<string> NumPrefixesBeforeAPeriod,
        List<DayAnchorEntry> DayAnchors);

    private sealed record DayAnchorEntry(string Phrase, int Days);
}
