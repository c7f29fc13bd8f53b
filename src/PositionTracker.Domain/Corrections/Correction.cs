using PositionTracker.Domain.Articles;
using PositionTracker.Domain.Catalog;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Corrections;

/// <summary>What an analyst asks: retract the statement, or amend some of its actor, territory, stance and date.</summary>
public sealed record CorrectionRequest(
    string? Analyst,
    string? Reason,
    bool Retract = false,
    string? Actor = null,
    string? Territory = null,
    string? Stance = null,
    string? Date = null);

public enum Refusal { Invalid, NotFound, Conflict }

/// <summary>Either the correction to append, or why there is none.</summary>
public sealed record CorrectionDecision(StatementCorrected? Correction, Refusal? Refused, string? Problem)
{
    public static CorrectionDecision No(Refusal refusal, string problem) => new(null, refusal, problem);
}

/// <summary>
/// Decides an analyst's correction of a statement from the article's history: the statement as it now
/// stands (after earlier corrections), and whether it can still be corrected.
/// </summary>
public static class Correction
{
    public static CorrectionDecision Decide(Guid statement, ArticleHistory article, CorrectionRequest request, Gazetteer gazetteer)
    {
        if (string.IsNullOrWhiteSpace(request.Analyst)) return CorrectionDecision.No(Refusal.Invalid, "name the analyst making the correction (\"analyst\")");
        if (string.IsNullOrWhiteSpace(request.Reason)) return CorrectionDecision.No(Refusal.Invalid, "give the reason for the correction (\"reason\")");

        if (article.Statement(statement) is not { } original)
            return CorrectionDecision.No(Refusal.NotFound, $"no statement with event id {statement}");
        var earlier = article.LastCorrection(statement);
        if (earlier is { Retracted: true })
            return CorrectionDecision.No(Refusal.Conflict, $"statement {statement} was retracted by {earlier.Analyst}; it cannot be corrected again");
        var current = earlier?.Amended ?? original;
        if (earlier is null && article.SupersededBy(original) is { } by)
            return CorrectionDecision.No(Refusal.Conflict, $"statement {statement} was superseded by {by}; correct the statement that replaced it");

        if (request.Retract)
        {
            if (new[] { request.Actor, request.Territory, request.Stance, request.Date }.Any(v => v is not null))
                return CorrectionDecision.No(Refusal.Invalid, "a retraction amends nothing: leave out actor, territory, stance and date");
            return Correct(statement, request, current, null);
        }

        var amended = current with { Source = original.Source with { DerivedBy = StatementCorrected.DerivedByPrefix + request.Analyst!.Trim(), Evidence = null } };
        if (request.Actor is { } actor)
        {
            if (gazetteer.FindActor(actor) is not { } known) return CorrectionDecision.No(Refusal.Invalid, $"unknown actor '{actor}' (use a code like RUS, or EU, UN, NATO)");
            amended = amended with { Actor = known.Code };
        }
        if (request.Territory is { } territory)
        {
            if (gazetteer.FindTerritory(territory) is not { } known) return CorrectionDecision.No(Refusal.Invalid, $"unknown territory '{territory}' (use an id like crimea)");
            amended = amended with { Territory = known.Id };
        }
        if (request.Stance is { } stance)
        {
            if (!Enum.TryParse<Stance>(stance, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return CorrectionDecision.No(Refusal.Invalid, $"unknown stance '{stance}' (one of {string.Join(", ", Enum.GetNames<Stance>())})");
            amended = amended with { Stance = parsed };
        }
        if (request.Date is { } date)
        {
            if (!PartialDate.TryParse(date, out var parsed)) return CorrectionDecision.No(Refusal.Invalid, $"'{date}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            amended = amended with { Date = parsed };
        }
        if ((amended.Actor, amended.Territory, amended.Stance, amended.Date) == (current.Actor, current.Territory, current.Stance, current.Date))
            return CorrectionDecision.No(Refusal.Invalid, "nothing to change: give a new actor, territory, stance or date, or retract");
        return Correct(statement, request, current, amended);
    }

    private static CorrectionDecision Correct(Guid statement, CorrectionRequest request, StatementMade current, StatementMade? amended) =>
        new(new StatementCorrected(current.Source.Article, statement, request.Analyst!.Trim(), request.Reason!.Trim(), current, amended), null, null);
}
