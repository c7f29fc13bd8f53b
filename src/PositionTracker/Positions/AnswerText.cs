using System.Text;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Positions;

/// <summary>Answers as an analyst reads them in a terminal.</summary>
public static class AnswerText
{
    public static string Position(PositionAnswer a)
    {
        var text = new StringBuilder();
        text.AppendLine($"{a.ActorName} ({a.Actor}) on {a.TerritoryName}, as of {a.On:yyyy-MM-dd}");
        text.AppendLine();
        if (a.Stances.Count == 0) text.AppendLine($"  No statement of {a.ActorName}'s on {a.TerritoryName} is on record on or before that date.");
        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            var stances = a.Stances.Where(s => s.Dimension == dimension).ToList();
            if (stances.Count == 0 && a.Stances.Count > 0) text.AppendLine($"  {dimension.Name(),-12} no statement on record");
            foreach (var s in stances) AppendStance(text, s, "  ");
        }
        if (a.Annexations.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("  Annexations known by then:");
            foreach (var f in a.Annexations) text.AppendLine($"    {Fact(f)}");
            if (a.OtherAnnexations > 0)
                text.AppendLine($"    and {Count(a.OtherAnnexations, "other date")} reported less often (see: territory {a.Territory} --on {a.On:yyyy-MM-dd})");
        }
        return text.ToString();
    }

    public static string Timeline(TimelineAnswer a)
    {
        var text = new StringBuilder();
        text.AppendLine($"{a.ActorName} ({a.Actor}) on {a.TerritoryName}: {Count(a.Entries.Count, "statement")}, in the order they were made");
        foreach (var e in a.Entries)
        {
            text.AppendLine();
            var superseded = e.SupersededOn switch
            {
                null => "  [in force]",
                { } on when e.SupersededBy.Contains(e.Stance) => $"  [reaffirmed {on}]",
                { } on => $"  [superseded {on} by {string.Join(", ", e.SupersededBy)}]",
            };
            text.AppendLine($"  {e.Date,-10}  {e.Dimension.Name(),-11}  {e.Stance,-21} {Speaker(e.Speaker, e.Role)}{superseded}");
            foreach (var s in e.Sources) text.AppendLine($"      {Citation(s)}");
        }
        if (a.Next is { } next)
            text.AppendLine().AppendLine($"  More follows: add --after {next:yyyy-MM-dd} for the next page.");
        return text.ToString();
    }

    public static string Territory(TerritoryAnswer a)
    {
        var text = new StringBuilder();
        text.AppendLine($"{a.TerritoryName} ({a.Territory}), as of {a.On:yyyy-MM-dd}");
        AppendFacts(text, "Annexations", a.Annexations);
        AppendFacts(text, "Referendums", a.Referendums);
        AppendFacts(text, "Control (latest report per controller)", a.Control);
        text.AppendLine();
        text.AppendLine(a.Positions.Count == 0 ? "  Positions: none stated on or before that date" : "  Positions:");
        foreach (var p in a.Positions)
        {
            text.AppendLine($"    {p.ActorName} ({p.Actor})");
            foreach (var s in p.Stances) AppendStance(text, s, "      ");
        }
        return text.ToString();
    }

    private static void AppendStance(StringBuilder text, StanceView s, string indent)
    {
        text.AppendLine($"{indent}{s.Dimension.Name(),-12} {s.Stance,-21} last stated {s.LastStated} ({DaysBefore(s.DaysBefore)}), " +
                        Count(s.Outlets, "outlet"));
        foreach (var e in s.Evidence)
            text.AppendLine($"{indent}    {Speaker(e.Speaker, e.Role)}: {Citation(e)}");
        if (s.Reports > s.Evidence.Count) text.AppendLine($"{indent}    ... {Count(s.Reports, "report")} in all");
    }

    private static void AppendFacts(StringBuilder text, string heading, IReadOnlyList<FactView> facts)
    {
        text.AppendLine();
        text.AppendLine(facts.Count == 0 ? $"  {heading}: none on record" : $"  {heading}:");
        foreach (var f in facts) text.AppendLine($"    {Fact(f)}");
    }

    private static string Fact(FactView f) =>
        $"{f.Date,-10}  {f.What} ({Count(f.Outlets, "outlet")}: {string.Join(", ", f.Sources.Select(s => s.Outlet ?? "unknown outlet").Distinct())}" +
        (f.Reports > f.Sources.Count ? $", ... {Count(f.Reports, "report")} in all)" : ")");

    private static string Citation(SourceView s) =>
        $"{s.Outlet ?? "unknown outlet"}, {s.Published:yyyy-MM-dd} [article {s.Article.ToString()[..8]}]" +
        (s.Quote is null ? ", reported without a direct quote" : $": \"{s.Quote}\"");

    private static string Speaker(string? name, string? role) =>
        name is null ? role ?? "no named speaker" : role is null ? name : $"{name}, {role}";

    private static string DaysBefore(int days) => days switch
    {
        0 => "that day",
        1 => "1 day before",
        _ => $"{days} days before",
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
