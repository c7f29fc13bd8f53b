using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

// Anchored phrases ("a day after", "two years later") dated from the date they hang on.
internal sealed partial class DateScanner
{
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

    /// <summary>The anchor moved by the phrase's offset; false when that would leave the calendar.</summary>
    private bool TryShift(PartialDate anchor, DateFlags f, in DateDraft r, int sign, out PartialDate date, out DateFlags flags)
    {
        var vague = r.Count == 0;
        var precision = anchor.Precision;
        var monthOrYear = precision == DatePrecision.Year ? anchor : anchor.Truncate(DatePrecision.Month);
        // The guess when the anchor is too coarse to move by the offset.
        (date, flags) = (anchor, f | DateFlags.Approximate);
        switch (r.Unit)
        {
            case DateUnit.Hour:
                return true;
            case DateUnit.Day or DateUnit.Week when vague:
                date = monthOrYear;
                return true;
            case DateUnit.Day or DateUnit.Week:
                if (precision != DatePrecision.Day) return true;
                var days = sign * r.Count * (r.Unit == DateUnit.Week ? 7 : 1);
                if (!CalendarSteps.TryAddDays(anchor.Start, days, out var day)) return false;
                date = Day(day);
                if (r.Unit == DateUnit.Day) flags = f; // a week on is only roughly the day it names
                return true;
            case DateUnit.Month:
                if (vague || precision == DatePrecision.Year)
                {
                    date = PartialDate.OfYear(anchor.Year);
                    return true;
                }
                if (!CalendarSteps.TryAddMonths(anchor.Start, sign * r.Count, out var month)) return false;
                (date, flags) = (MonthOf(month), f);
                return true;
            default:
                var year = anchor.Year + sign * (vague ? 2 : r.Count);
                // "years after": at least two years; never pushed past publication by the guess alone.
                if (vague && sign > 0 && year > published.Year && anchor.Year <= published.Year) year = Math.Max(anchor.Year, published.Year);
                if (!CalendarSteps.IsOnCalendar(year)) return false;
                date = PartialDate.OfYear(year);
                if (!vague) flags = f;
                return true;
        }
    }
}
