using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

internal enum DateTokenKind : byte { Word, Number, Punct }

/// <summary>A word, a number or one punctuation character, with its character span in the text.</summary>
internal struct DateToken
{
    public int Start;
    public int End;
    public DateTokenKind Kind;
    public DateLex Lex;    // words only
    public int Value;      // word: lexicon value; number: its value (first nine digits)
    public int Digits;     // numbers only
    public bool Ordinal;   // "15th"
    public bool Complex;   // "2,000", "96.8", "5:30", "16x9", "1990s", "F16": never a day or a year
    public bool Upper;     // words: first letter capitalized
    public char Ch;        // punctuation only
}

internal enum DateRel : byte { None, Last, This, Next }

/// <summary>A mention under construction: token span, date, and for anchored phrases what to do with the anchor.</summary>
internal struct DateDraft
{
    public int Ts;
    public int Te;
    public PartialDate Date;
    public DateFlags Flags;
    public bool Pending;     // an anchored phrase ("a day after") waiting for its anchor
    public bool Dropped;     // an anchored phrase that found none
    public DateUnit Unit;
    public int Count;        // the exact count; 0 when vague ("days after", "shortly after")
    public int Sign;         // +1: after, later; -1: before, earlier
    public bool Adverbial;   // "two days later", "the next day": only an anchor before it counts
    public int EndChar;      // when not 0, where the mention ends inside its last token ("2014-03-17T10:00")
}

/// <summary>
/// The matcher behind <see cref="DateFinder"/>: tokenizes by hand, tries a fixed set of patterns at each
/// token (left to right, each consuming its tokens), then resolves anchored phrases. One instance per thread.
/// </summary>
internal sealed class DateScanner
{
    [ThreadStatic] private static DateScanner? cached;

    public static DateScanner Instance => cached ??= new DateScanner();

    private string s = "";
    private DateOnly p;
    private DateToken[] t = new DateToken[64];
    private int n;
    private readonly List<DateDraft> drafts = new(8);

    public IReadOnlyList<DateMention> Run(string text, DateOnly published)
    {
        s = text;
        p = published;
        try
        {
            Tokenize();
            drafts.Clear();
            var lo = 0;
            for (var i = 0; i < n;)
            {
                if (TryAtSafely(i, lo, out var r))
                {
                    drafts.Add(r);
                    lo = r.Te;
                    i = r.Te;
                }
                else i++;
            }
            if (drafts.Count == 0) return [];
            ResolveAnchored();

            var count = 0;
            foreach (var r in drafts) if (!r.Dropped) count++;
            var result = new DateMention[count];
            var k = 0;
            foreach (var r in drafts)
            {
                if (r.Dropped) continue;
                var flags = r.Flags;
                if (r.Date.Start > p) flags |= DateFlags.Future;
                var start = t[r.Ts].Start;
                var end = r.EndChar > 0 ? r.EndChar : t[r.Te - 1].End;
                result[k++] = new DateMention(start, end - start, r.Date, flags);
            }
            return result;
        }
        finally
        {
            s = "";
        }
    }

    // ---------------------------------------------------------------- tokens

    private void Tokenize()
    {
        n = 0;
        var len = s.Length;
        var i = 0;
        while (i < len)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(i);
                continue;
            }
            if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < len && char.IsLetter(s[j])) j++;
                var (lex, value) = DateLexicon.Classify(s.AsSpan(i, j - i));
                ref var w = ref Add();
                w = new DateToken { Start = i, End = j, Kind = DateTokenKind.Word, Lex = lex, Value = value, Upper = char.IsUpper(c) };
                i = j;
                continue;
            }
            if (!char.IsWhiteSpace(c))
            {
                ref var q = ref Add();
                q = new DateToken { Start = i, End = i + 1, Kind = DateTokenKind.Punct, Ch = c };
            }
            i++;
        }
    }

    private ref DateToken Add()
    {
        if (n == t.Length) Array.Resize(ref t, n * 2);
        return ref t[n++];
    }

    private int ReadNumber(int i)
    {
        var len = s.Length;
        var j = i;
        var v = 0;
        while (j < len && char.IsAsciiDigit(s[j]))
        {
            if (j - i < 9) v = v * 10 + (s[j] - '0');
            j++;
        }
        var digits = j - i;
        var complex = i > 0 && char.IsLetter(s[i - 1]);
        var ordinal = false;
        while (j + 1 < len)
        {
            var c = s[j];
            if (c == ',' && char.IsAsciiDigit(s[j + 1]))
            {
                // A thousands group has exactly three digits: "2,014" is a count, "17,2014" a day and a year.
                var k = j + 1;
                while (k < len && char.IsAsciiDigit(s[k])) k++;
                if (k - j - 1 != 3) break;
                complex = true;
                j = k;
                continue;
            }
            if (c is '.' or ':' && char.IsAsciiDigit(s[j + 1]))
            {
                var k = j + 1;
                while (k < len && char.IsAsciiDigit(s[k])) k++;
                complex = true;
                j = k;
                continue;
            }
            break;
        }
        if (j < len && char.IsLetter(s[j]))
        {
            var k = j;
            while (k < len && char.IsLetter(s[k])) k++;
            if (!complex && k - j == 2 && IsOrdinalSuffix(s[j], s[j + 1]) && (k == len || !char.IsLetterOrDigit(s[k])))
            {
                ordinal = true;
                j = k;
            }
            else
            {
                complex = true;
                while (k < len && char.IsLetterOrDigit(s[k])) k++;
                j = k;
            }
        }
        ref var tk = ref Add();
        tk = new DateToken
        {
            Start = i, End = j, Kind = DateTokenKind.Number, Value = v, Digits = digits, Ordinal = ordinal, Complex = complex,
        };
        return j;
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = char.ToLowerInvariant(a);
        b = char.ToLowerInvariant(b);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    private bool W(int i, DateLex lex) => i >= 0 && i < n && t[i].Kind == DateTokenKind.Word && t[i].Lex == lex;

    private bool Pu(int i, char c) => i >= 0 && i < n && t[i].Kind == DateTokenKind.Punct && t[i].Ch == c;

    private bool Adj(int a, int b) => t[a].End == t[b].Start;

    private bool IsUnit(int i, DateUnit unit, bool plural) =>
        W(i, DateLex.Unit) && t[i].Value == (int)unit * 2 + (plural ? 1 : 0);

    private bool IsMonthName(int i) =>
        i >= 0 && i < n && t[i].Kind == DateTokenKind.Word && t[i].Lex is DateLex.Month or DateLex.MonthAbbr && t[i].Upper;

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';

    // ---------------------------------------------------------------- dispatch

    /// <summary>
    /// A publication date at the edge of the calendar (year 1 or 9999) can push a resolved date off it: that
    /// expression is then simply not a mention.
    /// </summary>
    private bool TryAtSafely(int i, int lo, out DateDraft r)
    {
        try
        {
            if (TryAt(i, lo, out r) && (r.Pending || r.Date.Year is >= 1 and <= 9999)) return true;
            r = default;
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            r = default;
            return false;
        }
    }

    private bool TryAt(int i, int lo, out DateDraft r)
    {
        r = default;
        ref readonly var tk = ref t[i];
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

    // ---------------------------------------------------------------- modifiers to the left

    /// <summary>"last", "this", "next", "this coming", "coming", "this past" right before the head word.</summary>
    private (DateRel DateRel, int Start) LeftRel(int i, int lo, bool allowComing)
    {
        var j = i - 1;
        if (j < lo || t[j].Kind != DateTokenKind.Word) return (DateRel.None, i);
        switch (t[j].Lex)
        {
            case DateLex.Last: return (DateRel.Last, j);
            case DateLex.Next: return (DateRel.Next, j);
            case DateLex.This: return (DateRel.This, j);
            case DateLex.Coming when allowComing:
                return j - 1 >= lo && W(j - 1, DateLex.This) ? (DateRel.Next, j - 1) : (DateRel.Next, j);
            case DateLex.Past when j - 1 >= lo && W(j - 1, DateLex.This):
                return (DateRel.Last, j - 1);
            default: return (DateRel.None, i);
        }
    }

    /// <summary>
    /// Widens a mention leftward over "on" (days), "in" (months, years), "since", "until", "by", "during", "early", "late", "mid-",
    /// "earlier", "later", "overnight", "the end of", "the summer of", "the night of" (never past <paramref name="lo"/>).
    /// </summary>
    private int AbsorbLeft(int start, int lo, DateLex preposition, out bool later)
    {
        // Right to left: modifiers ("mid-", "early", "the end of"), then at most one preposition, then at most one
        // adverb ("earlier", "later", "late", "overnight"): "earlier on Wednesday", "until late January".
        later = false;
        var s0 = start;
        var tookPreposition = false;
        var tookAdverb = false;
        while (s0 - 1 >= lo && !tookAdverb)
        {
            var j = s0 - 1;
            if (t[j].Kind == DateTokenKind.Punct)
            {
                if (!tookPreposition && IsDash(t[j].Ch) && Adj(j, s0) && j - 1 >= lo && W(j - 1, DateLex.Mid) && Adj(j - 1, j))
                {
                    s0 = j - 1;
                    continue;
                }
                break;
            }
            if (t[j].Kind != DateTokenKind.Word) break;
            var lex = t[j].Lex;
            if (lex is DateLex.Mid or DateLex.Early or DateLex.Late && !tookPreposition)
            {
                s0 = j;
                continue;
            }
            // "the end of March", "the summer of 2014", "the night of March 5"
            if (lex == DateLex.Of && !tookPreposition && j - 1 >= lo
                && (W(j - 1, DateLex.Edge) || W(j - 1, DateLex.Season) || preposition == DateLex.On && W(j - 1, DateLex.PartOfDay)))
            {
                s0 = j - 1;
                if (s0 - 1 >= lo && W(s0 - 1, DateLex.The)) s0--;
                continue;
            }
            // "on" goes with days ("on Wednesday", "on March 5"), "in" with months and years ("in March", "in 2014"),
            // neither with "yesterday" or "last night" (preposition None).
            if (!tookPreposition && (lex is DateLex.Since or DateLex.Until or DateLex.By or DateLex.During
                || lex == preposition && lex is DateLex.On or DateLex.In))
            {
                tookPreposition = true;
                s0 = j;
                continue;
            }
            if (lex is DateLex.Earlier or DateLex.Later or DateLex.Late or DateLex.Early or DateLex.Overnight)
            {
                later = lex == DateLex.Later;
                tookAdverb = true;
                s0 = j;
                continue;
            }
            break;
        }
        return s0;
    }

    private int AbsorbLeft(int start, int lo, DateLex preposition) => AbsorbLeft(start, lo, preposition, out _);

    /// <summary>A bare month name counts only after a cue word: "in", "since", "until", "by", "of", "during", "early", "late", "mid-".</summary>
    private bool HasMonthCue(int i, int lo)
    {
        var j = i - 1;
        if (j < lo) return false;
        if (t[j].Kind == DateTokenKind.Punct)
            return IsDash(t[j].Ch) && Adj(j, i) && j - 1 >= lo && W(j - 1, DateLex.Mid) && Adj(j - 1, j);
        return t[j].Kind == DateTokenKind.Word && t[j].Lex is DateLex.In or DateLex.Since or DateLex.Until or DateLex.By or DateLex.Of
            or DateLex.During or DateLex.Early or DateLex.Late or DateLex.Mid;
    }

    // ---------------------------------------------------------------- numbers

    private static int MaxDays(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);

    private bool IsDayNum(int i, int month) =>
        i >= 0 && i < n && t[i].Kind == DateTokenKind.Number && !t[i].Complex && t[i].Digits <= 2
        && t[i].Value >= 1 && t[i].Value <= MaxDays(month);

    private bool IsPlainYear(int i) =>
        i >= 0 && i < n && t[i].Kind == DateTokenKind.Number && !t[i].Complex && !t[i].Ordinal && t[i].Digits == 4
        && (t[i].Value is >= 1900 and <= 2099 || (t[i].Value is >= 1500 and < 1900 && HistoricYearContext(i)));

    /// <summary>"in 1713", "since 1833", "the war of 1812": an older year only where a preposition makes it one.</summary>
    private bool HistoricYearContext(int i) =>
        i > 0 && t[i - 1].Kind == DateTokenKind.Word && t[i - 1].Lex is DateLex.In or DateLex.Since or DateLex.Until or DateLex.By or DateLex.Of;

    /// <summary>A counted noun or a percent sign after a number makes it a quantity, not a day or a year.</summary>
    private bool QuantityFollows(int k)
    {
        if (k >= n) return false;
        if (t[k].Kind == DateTokenKind.Word)
            return t[k].Lex == DateLex.UnitNoun || t[k].Lex == DateLex.Unit && (t[k].Value & 1) == 1;
        if (t[k].Kind != DateTokenKind.Punct || !Adj(k - 1, k)) return false;
        if (t[k].Ch == '%') return true;
        return IsDash(t[k].Ch) && k + 1 < n && Adj(k, k + 1) && t[k + 1].Kind == DateTokenKind.Word
            && t[k + 1].Lex is DateLex.UnitNoun or DateLex.Unit;
    }

    /// <summary>
    /// A four-digit year 1900-2099 (or older, after "in", "since"...) that is not part of a longer number ("2014-15", "555-2014", "2014/15"),
    /// an identifier ("Resolution 2014", "No. 2014", "#2014") or a quantity ("2014 people", "some 2000").
    /// <paramref name="standalone"/>: no month or day before it, so a number beside it also disqualifies it.
    /// </summary>
    private bool YearOk(int i, bool standalone)
    {
        if (!IsPlainYear(i)) return false;
        var a = i - 1;
        if (a >= 0)
        {
            ref readonly var pa = ref t[a];
            if (pa.Kind == DateTokenKind.Punct)
            {
                var c = pa.Ch;
                if (Adj(a, i))
                {
                    if (c is '#' or '$' or '£' or '€' or '¥' or '+' or '/' or '\\' or '№') return false;
                    if (IsDash(c) && a - 1 >= 0 && t[a - 1].Kind == DateTokenKind.Number && Adj(a - 1, a) && !IsPlainYear(a - 1))
                        return false;
                }
                if (c == '.' && a - 1 >= 0 && W(a - 1, DateLex.NumPrefix)) return false;
            }
            else if (standalone)
            {
                if (pa.Kind == DateTokenKind.Number) return false;
                if (pa.Lex == DateLex.Quantity || pa.Lex == DateLex.NumPrefix && pa.Value == 0) return false;
            }
        }
        var b = i + 1;
        if (b < n)
        {
            ref readonly var nb = ref t[b];
            if (nb.Kind == DateTokenKind.Punct && Adj(i, b))
            {
                if (nb.Ch is '/' or '\\') return false;
                if (IsDash(nb.Ch) && b + 1 < n && Adj(b, b + 1) && t[b + 1].Kind == DateTokenKind.Number && !IsPlainYear(b + 1))
                    return false;
            }
            if (standalone && nb.Kind == DateTokenKind.Number) return false;
            if (QuantityFollows(b)) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- explicit days

    /// <summary>"March 17", "Feb. 26", "February 15th", "March 17, 2014", "March 17 2014". Year is 0 when absent.</summary>
    private bool MonthFirst(int i, out int m, out int day, out int year, out int te)
    {
        m = day = year = 0;
        te = i;
        if (!IsMonthName(i)) return false;
        m = t[i].Value;
        var j = i + 1;
        if (t[i].Lex == DateLex.MonthAbbr && Pu(j, '.') && Adj(i, j)) j++;
        if (!IsDayNum(j, m)) return false;
        day = t[j].Value;
        var k = j + 1;
        if (IsDayRangeEnd(k, m)) k += 2; // "March 10-11, 2013": the first day
        if (YearOk(k, false)) { year = t[k].Value; te = k + 1; }
        else if (Pu(k, ',') && YearOk(k + 1, false)) { year = t[k + 1].Value; te = k + 2; }
        else if (QuantityFollows(k)) return false; // "in May 30 people died"
        else te = k;
        return year == 0 || day <= DateTime.DaysInMonth(year, m);
    }

    /// <summary>"17 March 2014", "15 February", "15th of February", "17 March, 2014".</summary>
    private bool DayFirst(int i, out int m, out int day, out int year, out int te, out bool viaOf)
    {
        m = day = year = 0;
        te = i;
        viaOf = false;
        if (i >= n || t[i].Kind != DateTokenKind.Number || t[i].Complex || t[i].Digits > 2 || t[i].Value is < 1 or > 31)
            return false;
        var j = i + 1;
        if (t[i].Ordinal && W(j, DateLex.Of)) { j++; viaOf = true; }
        else if (IsDayRangeEnd(j, 12)) j += 2; // "10-11 March 2013": the first day
        if (!IsMonthName(j)) return false;
        m = t[j].Value;
        if (t[i].Value > MaxDays(m)) return false;
        day = t[i].Value;
        var k = j + 1;
        if (t[j].Lex == DateLex.MonthAbbr && Pu(k, '.') && Adj(j, k)) k++;
        if (YearOk(k, false)) { year = t[k].Value; te = k + 1; }
        else if (Pu(k, ',') && YearOk(k + 1, false)) { year = t[k + 1].Value; te = k + 2; }
        else te = k;
        return year == 0 || day <= DateTime.DaysInMonth(year, m);
    }

    /// <summary>"-11" right after a day: the end of a range of days.</summary>
    private bool IsDayRangeEnd(int k, int month) =>
        k + 1 < n && t[k].Kind == DateTokenKind.Punct && IsDash(t[k].Ch) && Adj(k - 1, k) && Adj(k, k + 1)
        && IsDayNum(k + 1, month) && t[k + 1].Value > t[k - 1].Value;

    /// <summary>A month and day without a year: this year if that day is on or before publication, else the latest earlier year.</summary>
    private PartialDate? ResolveMonthDay(int m, int day, int year)
    {
        if (year > 0) return Day(new DateOnly(year, m, day));
        for (var y = p.Year; y >= p.Year - 8 && y >= 1; y--)
        {
            if (day > DateTime.DaysInMonth(y, m)) continue;
            var d = new DateOnly(y, m, day);
            if (d <= p) return Day(d);
        }
        return null;
    }

    private bool TryIso(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!IsPlainYear(i) || !Pu(i + 1, '-') || !Adj(i, i + 1)) return false;
        if (i + 4 >= n || !Adj(i + 1, i + 2) || !Pu(i + 3, '-') || !Adj(i + 2, i + 3) || !Adj(i + 3, i + 4)) return false;
        ref readonly var mt = ref t[i + 2];
        ref readonly var dt = ref t[i + 4];
        if (mt.Kind != DateTokenKind.Number || mt.Complex || mt.Digits != 2 || dt.Kind != DateTokenKind.Number || dt.Digits != 2)
            return false;
        // "2014-03-17T10:00Z" is fine; "2014-03-17x" or "2014-03-17-5" is not a date.
        if (dt.Complex && (dt.End - dt.Start < 3 || s[dt.Start + 2] != 'T')) return false;
        if (i + 5 < n && Adj(i + 4, i + 5) && t[i + 5].Kind == DateTokenKind.Punct && IsDash(t[i + 5].Ch)) return false;
        int y = t[i].Value, m = mt.Value, d = dt.Value;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        r = Make(AbsorbLeft(i, lo, DateLex.On), i + 5, Day(new DateOnly(y, m, d)));
        r.EndChar = dt.Start + 2;
        return true;
    }

    private bool TryDayFirst(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!DayFirst(i, out var m, out var day, out var year, out var te, out var viaOf)) return false;
        if (ResolveMonthDay(m, day, year) is not { } date) return false;
        var ts = viaOf && i - 1 >= lo && W(i - 1, DateLex.The) ? i - 1 : i;
        r = Make(AbsorbLeft(ts, lo, DateLex.On), te, date);
        return true;
    }

    private bool TryYear(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!YearOk(i, standalone: true)) return false;
        var ts = i;
        // "summer 2014", "in the summer of 2014" ("of" is taken by AbsorbLeft).
        if (i - 1 >= lo && W(i - 1, DateLex.Season))
        {
            ts = i - 1;
            if (ts - 1 >= lo && W(ts - 1, DateLex.The)) ts--;
        }
        r = Make(AbsorbLeft(ts, lo, DateLex.In), i + 1, PartialDate.OfYear(t[i].Value));
        return true;
    }

    // ---------------------------------------------------------------- months

    private bool TryMonth(int i, int lo, out DateDraft r)
    {
        r = default;
        if (!t[i].Upper) return false; // "may", "march"
        var abbr = t[i].Lex == DateLex.MonthAbbr;
        var m = t[i].Value;

        if (MonthFirst(i, out _, out var day, out var year, out var te))
        {
            if (ResolveMonthDay(m, day, year) is { } date)
            {
                r = Make(AbsorbLeft(i, lo, DateLex.On), te, date);
                return true;
            }
        }

        var j = i + 1;
        if (abbr && Pu(j, '.') && Adj(i, j)) j++;

        // "March 2014", "Sept. 2022", "February of 2022"
        var jy = !abbr && W(j, DateLex.Of) ? j + 1 : j;
        if (YearOk(jy, false))
        {
            r = Make(AbsorbLeft(i, lo, DateLex.In), jy + 1, PartialDate.OfMonth(t[jy].Value, m));
            return true;
        }
        if (abbr) return false; // "Jan", "Dec" alone are too often names

        // "March last year", "in February of next year"
        var jr = W(j, DateLex.Of) ? j + 1 : j;
        if ((W(jr, DateLex.Last) || W(jr, DateLex.This) || W(jr, DateLex.Next)) && IsUnit(jr + 1, DateUnit.Year, false))
        {
            var y = p.Year + (t[jr].Lex == DateLex.Last ? -1 : t[jr].Lex == DateLex.Next ? 1 : 0);
            var flags = t[jr].Lex == DateLex.Next ? DateFlags.Future : DateFlags.None;
            r = Make(AbsorbLeft(i, lo, DateLex.In), jr + 2, PartialDate.OfMonth(y, m), flags);
            return true;
        }

        // "in January", "last September", "this coming March", "mid-March", "by January"
        var (rel, s0) = LeftRel(i, lo, allowComing: true);
        if (rel == DateRel.None && !HasMonthCue(i, lo)) return false;
        int year2;
        var f = DateFlags.None;
        switch (rel)
        {
            case DateRel.Last: year2 = m < p.Month ? p.Year : p.Year - 1; break;
            case DateRel.This: year2 = p.Year; break;
            case DateRel.Next: year2 = m > p.Month ? p.Year : p.Year + 1; f = DateFlags.Future; break;
            default: year2 = m <= p.Month ? p.Year : p.Year - 1; break;
        }
        r = Make(AbsorbLeft(s0, lo, DateLex.In), i + 1, PartialDate.OfMonth(year2, m), f);
        return true;
    }

    // ---------------------------------------------------------------- weekdays

    private static int MondayIndex(DayOfWeek d) => ((int)d + 6) % 7;

    private bool TryWeekday(int i, int lo, out DateDraft r)
    {
        r = default;
        var cueLeft = i - 1 >= lo && t[i - 1].Kind == DateTokenKind.Word && t[i - 1].Lex is DateLex.On or DateLex.Last or DateLex.Next
            or DateLex.This or DateLex.Coming or DateLex.Past or DateLex.Since or DateLex.Until or DateLex.By or DateLex.Late or DateLex.Early
            or DateLex.Earlier or DateLex.Later or DateLex.Overnight;
        if (!t[i].Upper && !cueLeft) return false;
        var dow = (DayOfWeek)t[i].Value;

        // "Wednesday, February 15", "Wednesday 15 February 2023": one mention, dated by the date.
        var j = i + 1;
        var j2 = Pu(j, ',') ? j + 1 : j;
        if (j2 < n)
        {
            int m, day, year, te;
            var ok = MonthFirst(j2, out m, out day, out year, out te) || DayFirst(j2, out m, out day, out year, out te, out _);
            if (ok && ResolveMonthDay(m, day, year) is { } date)
            {
                r = Make(AbsorbLeft(i, lo, DateLex.On), te, date);
                return true;
            }
        }

        // "Wednesday last week", "on Friday next week"
        if ((W(j, DateLex.Last) || W(j, DateLex.This) || W(j, DateLex.Next)) && IsUnit(j + 1, DateUnit.Week, false))
        {
            var delta = t[j].Lex == DateLex.Last ? -1 : t[j].Lex == DateLex.Next ? 1 : 0;
            var monday = p.AddDays(-MondayIndex(p.DayOfWeek));
            var d = monday.AddDays(7 * delta + MondayIndex(dow));
            r = Make(AbsorbLeft(i, lo, DateLex.On), j + 2, Day(d), delta > 0 ? DateFlags.Future : DateFlags.None);
            return true;
        }

        var (rel, s0) = LeftRel(i, lo, allowComing: true);
        var end = W(i + 1, DateLex.PartOfDay) ? i + 2 : i + 1; // "Wednesday night"
        var pd = (int)p.DayOfWeek;
        var target = (int)dow;
        DateOnly when;
        var flags = DateFlags.None;
        switch (rel)
        {
            case DateRel.Last: when = p.AddDays(-((pd - target + 6) % 7 + 1)); break;          // strictly before
            case DateRel.Next: when = p.AddDays((target - pd + 6) % 7 + 1); flags = DateFlags.Future; break; // strictly after
            case DateRel.This: when = p.AddDays((target - pd + 7) % 7); break;                // on or after
            default: when = p.AddDays(-((pd - target + 7) % 7)); break;                   // on or before
        }
        r = Make(AbsorbLeft(s0, lo, DateLex.On), end, Day(when), flags);
        return true;
    }

    // ---------------------------------------------------------------- relative to publication

    private bool TryDeictic(int i, int lo, out DateDraft r)
    {
        var (date, flags) = t[i].Lex switch
        {
            DateLex.Yesterday => (p.AddDays(-1), DateFlags.None),
            DateLex.Tomorrow => (p.AddDays(1), DateFlags.Future),
            _ => (p, DateFlags.None), // today, tonight
        };
        var end = t[i].Lex != DateLex.Tonight && W(i + 1, DateLex.PartOfDay) ? i + 2 : i + 1; // "yesterday morning"
        r = Make(AbsorbLeft(i, lo, DateLex.None), end, Day(date), flags);
        return true;
    }

    /// <summary>"this morning", "this evening", "last night".</summary>
    private bool TryPartOfDay(int i, int lo, out DateDraft r)
    {
        r = default;
        var (rel, s0) = LeftRel(i, lo, allowComing: false);
        if (rel is not (DateRel.This or DateRel.Last)) return false;
        r = Make(AbsorbLeft(s0, lo, DateLex.None), i + 1, Day(rel == DateRel.Last ? p.AddDays(-1) : p));
        return true;
    }

    /// <summary>"this week", "last month", "later this year"; and plural units: "days ago", "weeks after".</summary>
    private bool TryUnit(int i, int lo, out DateDraft r)
    {
        r = default;
        var unit = (DateUnit)(t[i].Value >> 1);
        if ((t[i].Value & 1) == 1)
        {
            if (W(i + 1, DateLex.Ago)) return MakeAgo(i, i + 2, unit, 0, out r);
            return TryAnchoredTail(i, i + 1, unit, 0, out r);
        }
        if (unit is not (DateUnit.Week or DateUnit.Month or DateUnit.Year)) return false;
        var (rel, s0) = LeftRel(i, lo, allowComing: false);
        if (rel == DateRel.None) return false;
        var start = AbsorbLeft(s0, lo, DateLex.In, out var later);
        PartialDate date;
        var flags = DateFlags.None;
        switch (unit, rel)
        {
            case (DateUnit.Week, DateRel.This): date = MonthOf(p); flags = DateFlags.Approximate; break;
            case (DateUnit.Week, DateRel.Last): date = MonthOf(p.AddDays(-7)); flags = DateFlags.Approximate; break;
            case (DateUnit.Week, _): date = MonthOf(p.AddDays(7)); flags = DateFlags.Approximate | DateFlags.Future; break;
            case (DateUnit.Month, DateRel.This): date = MonthOf(p); break;
            case (DateUnit.Month, DateRel.Last): date = MonthOf(p.AddMonths(-1)); break;
            case (DateUnit.Month, _): date = MonthOf(p.AddMonths(1)); flags = DateFlags.Future; break;
            case (_, DateRel.This): date = PartialDate.OfYear(p.Year); break;
            case (_, DateRel.Last): date = PartialDate.OfYear(p.Year - 1); break;
            default: date = PartialDate.OfYear(p.Year + 1); flags = DateFlags.Future; break;
        }
        if (later && rel == DateRel.This) flags |= DateFlags.Future; // "later this month"
        r = Make(start, i + 1, date, flags);
        return true;
    }

    /// <summary>A count: "3", "two", "twenty-one", "a", "an"; or a vague one (count 0): "a few", "few", "several".</summary>
    private bool TryCount(int i, out int count, out int next)
    {
        count = 0;
        next = i + 1;
        ref readonly var tk = ref t[i];
        if (tk.Kind == DateTokenKind.Number)
        {
            if (tk.Complex || tk.Ordinal || tk.Digits > 3 || tk.Value == 0) return false;
            count = tk.Value;
            return true;
        }
        if (tk.Kind != DateTokenKind.Word) return false;
        switch (tk.Lex)
        {
            case DateLex.NumWord:
                count = tk.Value;
                return true;
            case DateLex.Tens:
                count = tk.Value;
                if (Pu(i + 1, '-') && Adj(i, i + 1) && i + 2 < n && Adj(i + 1, i + 2) && W(i + 2, DateLex.NumWord) && t[i + 2].Value < 10)
                {
                    count += t[i + 2].Value;
                    next = i + 3;
                }
                return true;
            case DateLex.A:
                if (W(i + 1, DateLex.Few)) next = i + 2; // "a few": vague
                else count = 1;
                return true;
            case DateLex.Few or DateLex.Several:
                return true;
            default:
                return false;
        }
    }

    /// <summary>"three days ago", "a week ago", "two years after", "a day later".</summary>
    private bool TryCounted(int i, out DateDraft r)
    {
        r = default;
        if (!TryCount(i, out var count, out var j) || !W(j, DateLex.Unit)) return false;
        var unit = (DateUnit)(t[j].Value >> 1);
        if (W(j + 1, DateLex.Ago)) return MakeAgo(i, j + 2, unit, count, out r);
        return TryAnchoredTail(i, j + 1, unit, count, out r);
    }

    private bool MakeAgo(int ts, int te, DateUnit unit, int count, out DateDraft r)
    {
        r = default;
        var vague = count == 0;
        if (count > 500) return false;
        PartialDate date;
        var flags = DateFlags.None;
        switch (unit)
        {
            case DateUnit.Hour:
                date = Day(p);
                flags = DateFlags.Approximate;
                break;
            case DateUnit.Day:
                date = vague ? MonthOf(p.AddDays(-3)) : Day(p.AddDays(-count));
                if (vague) flags = DateFlags.Approximate;
                break;
            case DateUnit.Week:
                date = vague ? MonthOf(p.AddDays(-14)) : Day(p.AddDays(-7 * count));
                flags = DateFlags.Approximate;
                break;
            case DateUnit.Month:
                date = vague ? PartialDate.OfYear(p.AddMonths(-3).Year) : MonthOf(p.AddMonths(-count));
                if (vague) flags = DateFlags.Approximate;
                break;
            default:
                if (p.Year - Math.Max(count, 2) < 1) return false;
                date = PartialDate.OfYear(vague ? p.Year - 2 : p.Year - count);
                if (vague) flags = DateFlags.Approximate;
                break;
        }
        r = Make(ts, te, date, flags);
        return true;
    }

    // ---------------------------------------------------------------- anchored phrases

    /// <summary>The word after a counted unit: "after", "before" (prepositions, or adverbs at a clause end), "later", "earlier", "afterwards".</summary>
    private bool TryAnchoredTail(int ts, int k, DateUnit unit, int count, out DateDraft r)
    {
        r = default;
        int sign;
        bool adverbial;
        if (W(k, DateLex.After) || W(k, DateLex.Before))
        {
            sign = t[k].Lex == DateLex.After ? 1 : -1;
            adverbial = IsClauseEnd(k + 1);
        }
        else if (W(k, DateLex.Later) || W(k, DateLex.Afterwards)) { sign = 1; adverbial = true; }
        else if (W(k, DateLex.Earlier)) { sign = -1; adverbial = true; }
        else return false;
        if (count > 500) return false;
        r = new DateDraft { Ts = ts, Te = k + 1, Pending = true, Unit = unit, Count = count, Sign = sign, Adverbial = adverbial };
        return true;
    }

    /// <summary>"the day after", "the day before yesterday", "the next day", "the following week", "the previous year".</summary>
    private bool TryThe(int i, out DateDraft r)
    {
        r = default;
        if (IsUnit(i + 1, DateUnit.Day, false))
        {
            if (W(i + 2, DateLex.After) && W(i + 3, DateLex.Tomorrow))
            {
                r = Make(i, i + 4, Day(p.AddDays(2)), DateFlags.Future);
                return true;
            }
            if (W(i + 2, DateLex.Before) && W(i + 3, DateLex.Yesterday))
            {
                r = Make(i, i + 4, Day(p.AddDays(-2)));
                return true;
            }
            return TryAnchoredTail(i, i + 2, DateUnit.Day, 1, out r);
        }
        if ((W(i + 1, DateLex.Following) || W(i + 1, DateLex.Previous) || W(i + 1, DateLex.Next)) && W(i + 2, DateLex.Unit) && (t[i + 2].Value & 1) == 0)
        {
            var unit = (DateUnit)(t[i + 2].Value >> 1);
            if (unit == DateUnit.Hour || t[i + 1].Lex == DateLex.Next && unit != DateUnit.Day) return false; // "the next week" is often "the coming week"
            r = new DateDraft
            {
                Ts = i, Te = i + 3, Pending = true, Unit = unit, Count = 1, Adverbial = true,
                Sign = t[i + 1].Lex == DateLex.Previous ? -1 : 1,
            };
            return true;
        }
        return false;
    }

    /// <summary>"shortly after", "soon after", "shortly before", "shortly afterwards".</summary>
    private bool TryShortly(int i, out DateDraft r) => TryAnchoredTail(i, i + 1, DateUnit.Day, 0, out r);

    private bool IsClauseEnd(int k) =>
        k >= n || t[k].Kind == DateTokenKind.Punct && t[k].Ch is ',' or ';' or '.' or '!' or '?' or ')' or ':' or '\u2014';

    /// <summary>Comma, semicolon, colon, dash or a sentence-ending period between two tokens.</summary>
    private bool BoundaryBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Kind != DateTokenKind.Punct) continue;
            switch (t[k].Ch)
            {
                case ',' or ';' or ':' or '!' or '?' or '\u2014':
                    return true;
                case '.':
                    // "Feb.", "U.S.", "Gen." are abbreviations, not sentence ends.
                    var prev = k - 1;
                    var abbreviation = prev >= 0 && Adj(prev, k) && t[prev].Kind == DateTokenKind.Word
                        && (t[prev].Lex == DateLex.MonthAbbr || t[prev].Upper && t[prev].End - t[prev].Start <= 3);
                    if (!abbreviation) return true;
                    break;
            }
        }
        return false;
    }

    /// <summary>
    /// Dates each anchored phrase, left to right. A prepositional phrase ("a day after") with a date later in its
    /// own clause is that date plus the offset, and the date becomes AnchorOnly. Otherwise the nearest date before
    /// it anchors it: for "after"/"before" the phrase dates what follows it (anchor minus the offset); for
    /// "later"/"the next day" the anchor plus the offset. With no anchor the phrase is dropped.
    /// </summary>
    private void ResolveAnchored()
    {
        for (var k = 0; k < drafts.Count; k++)
        {
            var r = drafts[k];
            if (!r.Pending) continue;
            var anchor = -1;
            var forward = false;
            if (!r.Adverbial)
            {
                var c = k + 1;
                while (c < drafts.Count && drafts[c].Pending) c++;
                if (c < drafts.Count && !BoundaryBetween(r.Te, drafts[c].Ts))
                {
                    anchor = c;
                    forward = true;
                }
            }
            if (anchor < 0)
            {
                for (var c = k - 1; c >= 0; c--)
                {
                    if (drafts[c].Dropped || (drafts[c].Flags & DateFlags.AnchorOnly) != 0) continue;
                    anchor = c;
                    break;
                }
            }
            r.Pending = false;
            if (anchor < 0)
            {
                r.Dropped = true;
                drafts[k] = r;
                continue;
            }
            var a = drafts[anchor];
            var sign = forward || r.Adverbial ? r.Sign : -r.Sign;
            if (!TryShift(a.Date, a.Flags & DateFlags.Approximate, r, sign, out var date, out var flags))
            {
                r.Dropped = true;
                drafts[k] = r;
                continue;
            }
            r.Date = date;
            r.Flags = flags;
            drafts[k] = r;
            if (forward)
            {
                a.Flags |= DateFlags.AnchorOnly;
                drafts[anchor] = a;
            }
        }
    }

    private bool TryShift(PartialDate anchor, DateFlags f, in DateDraft r, int sign, out PartialDate date, out DateFlags flags)
    {
        date = default;
        flags = DateFlags.None;
        try
        {
            (date, flags) = Shift(anchor, f, r, sign);
            return date.Year is >= 1 and <= 9999;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // shifted off the calendar
        }
    }

    private (PartialDate, DateFlags) Shift(PartialDate anchor, DateFlags f, in DateDraft r, int sign)
    {
        var vague = r.Count == 0;
        var precision = anchor.Precision;
        var monthOrYear = precision == DatePrecision.Year ? anchor : anchor.Truncate(DatePrecision.Month);
        switch (r.Unit)
        {
            case DateUnit.Hour:
                return (anchor, f | DateFlags.Approximate);
            case DateUnit.Day:
                if (vague) return (monthOrYear, f | DateFlags.Approximate);
                return precision == DatePrecision.Day
                    ? (Day(anchor.Start.AddDays(sign * r.Count)), f)
                    : (anchor, f | DateFlags.Approximate);
            case DateUnit.Week:
                if (vague) return (monthOrYear, f | DateFlags.Approximate);
                return precision == DatePrecision.Day
                    ? (Day(anchor.Start.AddDays(sign * 7 * r.Count)), f | DateFlags.Approximate)
                    : (anchor, f | DateFlags.Approximate);
            case DateUnit.Month:
                if (vague || precision == DatePrecision.Year)
                    return (PartialDate.OfYear(anchor.Year), f | DateFlags.Approximate);
                return (MonthOf(anchor.Start.AddMonths(sign * r.Count)), f);
            default:
                if (!vague) return (PartialDate.OfYear(anchor.Year + sign * r.Count), f);
                // "years after": at least two years; never pushed past publication by the guess alone.
                var y = anchor.Year + sign * 2;
                if (sign > 0 && y > p.Year && anchor.Year <= p.Year) y = Math.Max(anchor.Year, p.Year);
                return (PartialDate.OfYear(y), f | DateFlags.Approximate);
        }
    }
}
