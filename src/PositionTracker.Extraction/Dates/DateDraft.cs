using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

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
