namespace PositionTracker.Extraction.Text;

/// <summary>A sentence of the article's own text, with the quotes that touch it.</summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, IReadOnlyList<Quotes.Quote> Quotes);

/// <summary>
/// Splits the article's own text into sentences. Survives abbreviations ("U.S.", "Feb.", "Rep.", initials)
/// and keeps a closed quotation together when it runs over several sentences, so that the words stay with
/// the "he said" that attributes them. Never splits across paragraphs.
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "rep", "reps", "sen",
        "sens", "gov", "pres", "rev", "st", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est",
        "fig", "gov't", "govt", "min", "sec", "amb", "supt", "messrs", "e.g", "i.e", "al",
    };

    public static IReadOnlyList<Sentence> Split(string body, IReadOnlyList<Boilerplate.Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].IsBoilerplate) continue;
            var paragraph = WithoutDateline(body, paragraphs[p].Span);
            var quotes = Quotes.In(body, paragraph);
            var start = paragraph.Start;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                if (body[i] is not ('.' or '!' or '?' or '…')) continue;
                var runEnd = EndOfRun(body, i, paragraph.End);
                var next = runEnd;
                while (next < paragraph.End && char.IsWhiteSpace(body[next])) next++;
                if (next >= paragraph.End) break;
                if (next > runEnd && StartsSentence(body[next]) && !Abbreviated(body, i) && !InsideClosedQuote(quotes, i, runEnd))
                {
                    Add(sentences, body, p, TextSpan.FromBounds(start, runEnd), quotes);
                    start = next;
                }
                i = runEnd - 1;
            }
            Add(sentences, body, p, TextSpan.FromBounds(start, paragraph.End), quotes);
        }
        return sentences;
    }

    private static bool InsideClosedQuote(List<Quotes.Quote> quotes, int at, int runEnd)
    {
        foreach (var q in quotes)
            if (q.Closed && q.Inner.Start < at && q.Inner.End > runEnd) return true;
        return false;
    }

    /// <summary>
    /// Far longer than any sentence a newsroom writes (those run to a few hundred characters). Text that never
    /// breaks where a sentence would (lower case after every period, no punctuation at all) is cut into pieces of
    /// this size: the rules' cost grows faster than a sentence's length, and one megabyte "sentence" took minutes.
    /// </summary>
    public const int MaxCharacters = 1000;

    private static void Add(List<Sentence> sentences, string body, int paragraph, TextSpan span, List<Quotes.Quote> quotes)
    {
        while (span.Length > MaxCharacters)
        {
            var cut = Cut(body, span);
            AddOne(sentences, body, paragraph, TextSpan.FromBounds(span.Start, cut), quotes);
            span = TextSpan.FromBounds(cut, span.End);
        }
        AddOne(sentences, body, paragraph, span, quotes);
    }

    /// <summary>Where to cut an overlong span: after the last stop or semicolon in reach, else at a space, else anywhere.</summary>
    private static int Cut(string body, TextSpan span)
    {
        var reach = span.Start + MaxCharacters;
        var stop = body.LastIndexOfAny(['.', ';', '!', '?'], reach - 1, MaxCharacters / 2);
        if (stop >= 0) return stop + 1;
        var space = body.LastIndexOf(' ', reach - 1, MaxCharacters / 2);
        return space >= 0 ? space + 1 : reach;
    }

    private static void AddOne(List<Sentence> sentences, string body, int paragraph, TextSpan span, List<Quotes.Quote> quotes)
    {
        while (span.Length > 0 && char.IsWhiteSpace(body[span.Start])) span = TextSpan.FromBounds(span.Start + 1, span.End);
        while (span.Length > 0 && char.IsWhiteSpace(body[span.End - 1])) span = span with { Length = span.Length - 1 };
        if (span.Length == 0) return;
        var touching = quotes.Where(q => q.Inner.Start < span.End && q.Inner.End > span.Start).ToList();
        sentences.Add(new Sentence(sentences.Count, paragraph, span, touching));
    }

    /// <summary>The punctuation run ending a sentence, with closing quotes and brackets after it.</summary>
    private static int EndOfRun(string body, int i, int end)
    {
        while (i < end && body[i] is '.' or '!' or '?' or '…') i++;
        while (i < end && body[i] is '"' or '”' or '’' or '\'' or ')' or ']') i++;
        return i;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[';

    private static bool Abbreviated(string body, int period)
    {
        if (body[period] != '.') return false;
        var start = period;
        while (start > 0 && (char.IsLetter(body[start - 1]) || body[start - 1] == '.')) start--;
        var word = body[start..period];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        if (word.Contains('.')) return true; // U.S., D.C., e.g.
        return Abbreviations.Contains(word);
    }

    /// <summary>
    /// "[February 28, 2023] MOSCOW (Reuters) - ", "KYIV / MOSCOW — ", "ANCHORAGE, Alaska — " open wire copy; the sentence
    /// starts after them, so that the cities of the dateline are not read as governments taking part.
    /// </summary>
    private static TextSpan WithoutDateline(string body, TextSpan paragraph)
    {
        var text = paragraph.Of(body);
        var dash = text.IndexOfAny(['-', '–', '—']);
        if (dash is < 4 or > 80 || dash + 1 >= text.Length || text[dash - 1] != ' ' || text[dash + 1] != ' ') return paragraph;
        var head = text[..dash].TrimEnd();
        if (CapitalsOnly(head)) return After(body, paragraph, dash);
        if (!head.EndsWith(')') || head.IndexOf('(') < 0) return paragraph;
        var city = head[..head.LastIndexOf('(')].Trim();
        var bracket = city.LastIndexOf(']');
        if (bracket >= 0) city = city[(bracket + 1)..].Trim();
        if (city.IndexOf(',') is > 0 and var comma) city = city[..comma]; // "TAIPEI, March 14 (Agency) -"
        if (city.Length == 0 || city.Any(char.IsLower)) return paragraph;
        return After(body, paragraph, dash);
    }

    private static TextSpan After(string body, TextSpan paragraph, int dash)
    {
        var start = paragraph.Start + dash + 1;
        while (start < paragraph.End && char.IsWhiteSpace(body[start])) start++;
        return TextSpan.FromBounds(start, paragraph.End);
    }

    /// <summary>"KYIV / MOSCOW / WASHINGTON", "DA NANG, Vietnam": cities in capitals, a region or country after a comma.</summary>
    private static bool CapitalsOnly(string head)
    {
        var cities = head.Split(',')[0];
        return cities.Count(char.IsLetter) >= 3 && !cities.Any(char.IsLower)
               && head.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsLower(w[0]));
    }
}
