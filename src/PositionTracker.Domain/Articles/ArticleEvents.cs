using System.Text.Json.Serialization;
using PositionTracker.Domain.Dates;
using PositionTracker.Domain.Stances;

namespace PositionTracker.Domain.Articles;

// The events of one article's stream: the article as received, then what was derived from it.

public sealed record ArticleIngested(
    Guid ArticleId,
    string? Outlet,
    string? Title,
    DateOnly Published,
    string? Url,
    string ContentHash,
    string Body,
    IReadOnlyDictionary<string, string> Metadata,
    string SourceFile,
    string? DerivedBy = null)
{
    public Article Article => new(Outlet, Title, Published, Url, Metadata, Body);

    public override string ToString() => $"ArticleIngested {ArticleId} ({Outlet ?? "no outlet"}, {Published:yyyy-MM-dd}, {Body.Length:N0} characters)";
}

/// <summary>
/// The article's derived events from one source are superseded by those that follow, from another (a newer
/// extractor). Nothing is deleted: the earlier events stay in the stream, and projections set them aside.
/// Names the read models the earlier events touched, so that each can let go of them.
/// </summary>
public sealed record ArticleReextracted(
    Guid ArticleId,
    string? Superseded,
    string DerivedBy,
    IReadOnlyList<string> Territories,
    IReadOnlyList<string>? Talks = null);

/// <summary>
/// Where a derived event came from: which article, which outlet, and what derived it; for an event the
/// extractor found, also where in the body and how sure it is.
/// </summary>
public sealed record Provenance(Guid Article, string? Outlet, DateOnly Published, string DerivedBy, TextEvidence? Evidence = null)
{
    public const string Gold = "gold";
}

/// <summary>
/// Character offsets into the article body of the sentence (and quote) an event was read from, how sure the
/// extractor is, and which of its rules read it.
/// </summary>
public sealed record TextEvidence(int SentenceStart, int SentenceLength, int? QuoteStart, int? QuoteLength, double Confidence, string? Rule = null);

/// <summary>An event derived from an article's text, as opposed to the article itself.</summary>
public interface IDerivedEvent
{
    PartialDate Date { get; }
    Provenance Source { get; }
}

/// <summary>
/// An analyst's correction of a statement: retracted (no amended version), or amended in actor, territory,
/// stance or date. Names the statement by its event id and carries the version it replaces, so read models
/// can let go of it, and the analyst's name and reason, so the change can be audited.
/// </summary>
public sealed record StatementCorrected(
    Guid ArticleId,
    Guid Statement,
    string Analyst,
    string Reason,
    StatementMade Replaced,
    StatementMade? Amended)
{
    public const string DerivedByPrefix = "corrected by ";

    public bool Retracted => Amended is null;
}

public sealed record StatementMade(
    string Actor,
    string? Speaker,
    string? SpeakerRole,
    string Territory,
    Stance Stance,
    string? Quote,
    PartialDate Date,
    Provenance Source) : IDerivedEvent;

public sealed record TerritoryAnnexed(string By, string From, string Territory, PartialDate Date, Provenance Source)
    : IDerivedEvent;

public sealed record ReferendumHeld(string Territory, PartialDate Date, string? Result, Provenance Source) : IDerivedEvent;

public sealed record TalksHeld(
    IReadOnlyList<string> Parties,
    string? Location,
    PartialDate Date,
    TalksFormat Format,
    Provenance Source) : IDerivedEvent;

public sealed record SanctionsImposed(
    IReadOnlyList<string> By,
    string Against,
    PartialDate Date,
    string? Reason,
    Provenance Source) : IDerivedEvent;

public sealed record ControlReported(
    string Territory,
    string Controller,
    ControlExtent Extent,
    PartialDate Date,
    Provenance Source) : IDerivedEvent;

[JsonConverter(typeof(JsonStringEnumConverter<TalksFormat>))]
public enum TalksFormat
{
    [JsonStringEnumMemberName("in-person")] InPerson,
    [JsonStringEnumMemberName("phone")] Phone,
    [JsonStringEnumMemberName("video")] Video,
}

[JsonConverter(typeof(JsonStringEnumConverter<ControlExtent>))]
public enum ControlExtent
{
    [JsonStringEnumMemberName("full")] Full,
    [JsonStringEnumMemberName("most")] Most,
    [JsonStringEnumMemberName("part")] Part,
    [JsonStringEnumMemberName("none")] None,
}
