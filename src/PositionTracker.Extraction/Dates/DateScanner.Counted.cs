using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

// Counted spans back from publication: "three days ago", "a few weeks ago"; and the count that starts "two years after".
internal sealed partial class DateScanner
{
    /// <summary>A count: "3", "two", "twenty-one", "a", "an"; or a vague one (count 0): "a few", "few", "several".</summary>
    private bool TryCount(int i, out int count, out int next)
    {
        count = 0;
        next = i + 1;
        ref readonly var tk = ref tokens[i];
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
                if (IsMark(i + 1, '-') && Touching(i, i + 1) && i + 2 < tokenCount && Touching(i + 1, i + 2) && IsWord(i + 2, DateLex.NumWord) && tokens[i + 2].Value < 10)
                {
                    count += tokens[i + 2].Value;
                    next = i + 3;
                }
                return true;
            case DateLex.A:
                if (IsWord(i + 1, DateLex.Few)) next = i + 2; // "a few": vague
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
        if (!TryCount(i, out var count, out var j) || !IsWord(j, DateLex.Unit)) return false;
        var unit = (DateUnit)(tokens[j].Value >> 1);
        if (IsWord(j + 1, DateLex.Ago)) return MakeAgo(i, j + 2, unit, count, out r);
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
                date = Day(published);
                flags = DateFlags.Approximate;
                break;
            case DateUnit.Day:
                if (!CalendarSteps.TryAddDays(published, vague ? -3 : -count, out var day)) return false;
                date = vague ? MonthOf(day) : Day(day);
                if (vague) flags = DateFlags.Approximate;
                break;
            case DateUnit.Week:
                if (!CalendarSteps.TryAddDays(published, vague ? -14 : -7 * count, out var week)) return false;
                date = vague ? MonthOf(week) : Day(week);
                flags = DateFlags.Approximate;
                break;
            case DateUnit.Month:
                if (!CalendarSteps.TryAddMonths(published, vague ? -3 : -count, out var month)) return false;
                date = vague ? PartialDate.OfYear(month.Year) : MonthOf(month);
                if (vague) flags = DateFlags.Approximate;
                break;
            default:
                if (published.Year - Math.Max(count, 2) < 1) return false;
                date = PartialDate.OfYear(vague ? published.Year - 2 : published.Year - count);
                if (vague) flags = DateFlags.Approximate;
                break;
        }
        r = Make(ts, te, date, flags);
        return true;
    }
}
