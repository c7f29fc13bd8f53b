using PositionTracker.Domain.Dates;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Dates;

/// <summary>
/// The matcher behind <see cref="DateFinder"/>: reads the sentence's tokens as date tokens, tries a fixed set of
/// patterns at each token (left to right, each consuming its tokens), then resolves anchored phrases. One instance
/// per thread. The patterns are in the other DateScanner.*.cs files, one kind of expression to a file.
/// </summary>
internal sealed partial class DateScanner
{
    [ThreadStatic] private static DateScanner? cached;

    public static DateScanner Instance => cached ??= new DateScanner();

    private string text = "";
    private DateOnly published;
    private DateToken[] tokens = new DateToken[64];
    private int tokenCount;
    private readonly List<DateDraft> drafts = new(8);

    /// <summary>The date expressions between <paramref name="start"/> and <paramref name="end"/>, with offsets from <paramref name="start"/>.</summary>
    public IReadOnlyList<DateMention> Run(string body, int start, int end, List<Token> shared, DateOnly publishedOn)
    {
        text = body;
        published = publishedOn;
        try
        {
            tokenCount = DateTokens.Read(text, start, end, shared, ref tokens);
            drafts.Clear();
            var lo = 0;
            for (var i = 0; i < tokenCount;)
            {
                if (TryAt(i, lo, out var r))
                {
                    drafts.Add(r);
                    lo = r.Te;
                    i = r.Te;
                }
                else i++;
            }
            if (drafts.Count == 0) return [];
            ResolveAnchored();
            return Mentions(start);
        }
        finally
        {
            text = ""; // a long article is not kept alive by an idle thread
        }
    }

    private DateMention[] Mentions(int start)
    {
        var count = 0;
        foreach (var r in drafts) if (!r.Dropped) count++;
        var result = new DateMention[count];
        var k = 0;
        foreach (var r in drafts)
        {
            if (r.Dropped) continue;
            var flags = r.Flags;
            if (r.Date.Start > published) flags |= DateFlags.Future;
            var first = tokens[r.Ts].Start;
            var last = r.EndChar > 0 ? r.EndChar : tokens[r.Te - 1].End;
            result[k++] = new DateMention(first - start, last - first, r.Date, flags);
        }
        return result;
    }

    /// <summary>
    /// The expression that starts at token <paramref name="i"/>, if any. A publication date at the edge of the calendar
    /// (year 1 or 9999) can push a resolved date off it: that expression is then simply not a mention.
    /// </summary>
    private bool TryAt(int i, int lo, out DateDraft r)
    {
        r = default;
        ref readonly var tk = ref tokens[i];
        if (tk.Kind == DateTokenKind.Number)
            return !tk.Complex && (TryIso(i, lo, out r) || TryDayFirst(i, lo, out r) || TryCounted(i, out r) || TryYear(i, lo, out r));
        if (tk.Kind != DateTokenKind.Word) return false;
        return tk.Lex switch
        {
            DateLex.Month or DateLex.MonthAbbr => TryMonth(i, lo, out r),
            DateLex.Weekday => TryWeekday(i, lo, out r),
            DateLex.NumWord or DateLex.Tens or DateLex.A or DateLex.Few or DateLex.Several => TryCounted(i, out r),
            DateLex.Unit => TryUnit(i, lo, out r),
            DateLex.The => TryThe(i, out r),
            DateLex.Shortly => TryShortly(i, out r),
            DateLex.Today or DateLex.Yesterday or DateLex.Tomorrow or DateLex.Tonight => TryDeictic(i, lo, out r),
            DateLex.PartOfDay => TryPartOfDay(i, lo, out r),
            _ => false,
        };
    }

    private static DateDraft Make(int ts, int te, PartialDate date, DateFlags flags = DateFlags.None) =>
        new() { Ts = ts, Te = te, Date = date, Flags = flags };

    private static PartialDate Day(DateOnly d) => PartialDate.OfDay(d);

    private static PartialDate MonthOf(DateOnly d) => PartialDate.OfMonth(d.Year, d.Month);

    // The token tests every pattern uses.

    /// <summary>Token <paramref name="i"/> is a word that means <paramref name="lex"/>.</summary>
    private bool IsWord(int i, DateLex lex) => i >= 0 && i < tokenCount && tokens[i].Kind == DateTokenKind.Word && tokens[i].Lex == lex;

    private bool IsMark(int i, char c) => i >= 0 && i < tokenCount && tokens[i].Kind == DateTokenKind.Punct && tokens[i].Ch == c;

    /// <summary>No space between tokens <paramref name="a"/> and <paramref name="b"/>: "mid-March", "2014-03-17".</summary>
    private bool Touching(int a, int b) => tokens[a].End == tokens[b].Start;

    private bool IsUnit(int i, DateUnit unit, bool plural) =>
        IsWord(i, DateLex.Unit) && tokens[i].Value == (int)unit * 2 + (plural ? 1 : 0);

    private bool IsMonthName(int i) =>
        i >= 0 && i < tokenCount && tokens[i].Kind == DateTokenKind.Word && tokens[i].Lex is DateLex.Month or DateLex.MonthAbbr && tokens[i].Upper;

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';
}
