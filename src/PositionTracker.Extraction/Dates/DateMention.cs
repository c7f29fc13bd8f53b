using PositionTracker.Domain.Dates;

namespace PositionTracker.Extraction.Dates;

/// <summary>
/// One date expression found in a text: <see cref="Start"/> and <see cref="Length"/> are character offsets
/// into the text and cover the whole expression ("on Wednesday", "in late January", "a day after").
/// </summary>
public sealed record DateMention(int Start, int Length, PartialDate Date, DateFlags Flags);

[Flags]
public enum DateFlags
{
    None = 0,

    /// <summary>The date lies after the publication date ("tomorrow", "next March", a scheduled "March 30, 2026").</summary>
    Future = 1,

    /// <summary>The writer was vague ("last week", "weeks after", "a week ago"): the date is a best guess.</summary>
    Approximate = 2,

    /// <summary>
    /// The date dates a subordinate clause that an anchored phrase hangs on ("Months after the invasion in
    /// February 2022, ..."): it anchors the phrase and is not the date of the main event.
    /// </summary>
    AnchorOnly = 4,
}
