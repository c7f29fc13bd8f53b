namespace PositionTracker.Bench.Generation;

/// <summary>
/// What officials say about a territory, written for this generator: for each kind of stance, words for a
/// direct quotation (first person, "we", "our") and for reported speech (third person). Slots: {T} the
/// territory, {Tn} "the islands", {A} the speaker's state ({Aa} its adjective, {Ap} possessive), {B} the other
/// side, {O} the recognised owner.
/// </summary>
public static class Phrases
{
    public enum Kind { Claim, Refuse, Open, Demand, RejectAnnexation, Recognize, Exchange, Concede, Hedged, Negated }

    public static readonly string[] ClaimQuotes =
    [
        "{T} is an integral part of {A} and always will be",
        "{T} is {Aa} territory, full stop",
        "{T} has been, is and will remain part of {A}",
        "{T} is an inalienable part of our country",
        "{T} belongs to {A}, and history is on our side",
        "Nobody will take {T} from us, it is our land",
        "{T} is our inherent territory, historically and under international law",
        "The sovereignty of {A} over {T} is beyond dispute",
        "{T} is an inseparable part of our territory",
        "Every map drawn in the last century shows {T} as {Aa} territory",
    ];

    public static readonly string[] ClaimReports =
    [
        "{T} is an integral part of {A}",
        "{T} was and remains part of {A}",
        "{T} belongs to {A}",
        "{A} has indisputable sovereignty over {T}",
        "{T} is sovereign {Aa} territory",
        "{A} would never renounce its claim to {T}",
        "{T} remains {Aa} territory under international law",
        "the {Aa} view that {T} is part of {A} had not changed",
        "{T} is an inseparable part of {A} and its people",
    ];

    public static readonly string[] RefuseQuotes =
    [
        "The sovereignty of {T} is not negotiable",
        "We will never give up {T}, whatever pressure is applied",
        "{T} is not for sale and never will be",
        "As far as {T} is concerned, the issue is closed",
        "There can be no compromise on {T}",
        "{T} is a red line for our country",
        "The status of {T} is not up for discussion",
        "We will not negotiate over {T} with anyone",
        "Our position on {T} is non-negotiable",
        "Not one metre of {T} will be handed to anyone",
    ];

    public static readonly string[] RefuseReports =
    [
        "the status of {T} was not negotiable",
        "{A} would never cede {T}",
        "{A} will not discuss the status of {T}",
        "{T} remained a red line for {A}",
        "the question of {T} was off the table",
        "{A} refuses to negotiate over {T}",
        "the future of {T} is not subject to negotiation",
    ];

    public static readonly string[] OpenQuotes =
    [
        "We are ready for talks with {B} on {T} without preconditions",
        "The dispute over {T} can only be settled through dialogue",
        "Our door remains open to negotiations on {T}",
        "We want to return to negotiations on {T} as soon as possible",
        "A negotiated settlement on {T} is the only way forward",
        "We are willing to discuss the future of {T} with {B}",
    ];

    public static readonly string[] OpenReports =
    [
        "{A} was ready for talks with {B} over {T}",
        "{A} remained open to dialogue on the future of {T}",
        "the dispute over {T} should be resolved through negotiations",
        "{A} was willing to negotiate with {B} on {T}",
        "{A} wanted to resume negotiations on {T}",
    ];

    public static readonly string[] DemandQuotes =
    [
        "{B} must withdraw from {T}",
        "{T} must be returned to its rightful owner",
        "We will liberate {T}, however long it takes",
        "It is time to end the occupation of {T}",
        "{T} must be handed back without delay",
        "We demand the return of {T} and nothing less",
    ];

    public static readonly string[] DemandReports =
    [
        "{B} must withdraw its troops from {T}",
        "{T} must be returned to {A}",
        "{A} would keep pressing for the return of {T}",
        "{A} intended to reclaim {T} by peaceful means",
        "{B} should withdraw from {T} and respect the ceasefire line",
    ];

    public static readonly string[] RejectAnnexationQuotes =
    [
        "We will never recognize the illegal annexation of {T}",
        "{Bp} annexation of {T} is a flagrant violation of international law",
        "We regard the so-called referendum in {T} as a sham",
        "{T} is {Oa} territory within its internationally recognized borders",
        "The illegal occupation of {T} must come to an end",
    ];

    public static readonly string[] RejectAnnexationReports =
    [
        "{A} does not recognize {Bp} annexation of {T}",
        "the annexation of {T} by {B} was null and void",
        "{Bp} illegal annexation of {T} would never be accepted",
        "{A} supports the territorial integrity of {O} within its internationally recognised borders",
        "{T} remains illegally occupied by {B}",
        "the vote held in {T} was a violation of international law",
    ];

    public static readonly string[] RecognizeQuotes =
    [
        "We recognize {Op} sovereignty over {T} and that will not change",
        "Our country has always recognised the sovereignty of {O} over {T}",
    ];

    public static readonly string[] RecognizeReports =
    [
        "{A} recognizes {Op} sovereignty over {T}",
        "{A} recognized {T} as part of {O} long ago",
        "{A} continues to recognise the sovereignty of {O} over {T}",
    ];

    public static readonly string[] ExchangeQuotes =
    [
        "An exchange of territory that includes {T} deserves serious thought",
        "A land swap around {T} is one idea we have put forward",
    ];

    public static readonly string[] ExchangeReports =
    [
        "{A} had proposed a land swap involving {T}",
        "a territorial exchange covering {T} was among the ideas {A} had put forward",
    ];

    public static readonly string[] ConcedeQuotes =
    [
        "Frankly, we lack the means to retake {T} by force today",
        "We have to be honest that we cannot regain {T} militarily",
    ];

    public static readonly string[] ConcedeReports =
    [
        "{A} lacks the resources to regain {T} by military means",
        "{A} was unable to retake {T} for the time being",
    ];

    /// <summary>Stances that must not count: hedged ("could", "may", "might" right before the cue).</summary>
    public static readonly string[] HedgedReports =
    [
        "{A} could be open to talks on {T} under certain conditions",
        "{A} might be willing to discuss {T} if {B} made the first move",
        "{B} may withdraw from {T} one day, but not soon",
        "{A} would consider a territorial exchange involving {T} only as a last resort",
    ];

    public static readonly string[] HedgedQuotes =
    [
        "Perhaps {B} will return {T} one day, but I doubt it",
        "We could be ready for talks on {T} if the conditions are right",
    ];

    /// <summary>Negated openness: reads as a refusal.</summary>
    public static readonly string[] NegatedReports =
    [
        "{A} was not ready for talks on {T}",
        "{A} is not open to negotiations over {T}",
        "{A} was no longer willing to discuss {T} with {B}",
    ];

    public static readonly string[] NegatedQuotes =
    [
        "We are not willing to negotiate on {T} under pressure",
        "We are not ready to discuss {T} while troops are massing on the border",
    ];

    /// <summary>A second sentence inside a quotation that states nothing by itself.</summary>
    public static readonly string[] Flourishes =
    [
        "That has been our position for decades.",
        "Nothing that happens on the ground will change that.",
        "Anyone who thinks otherwise is mistaken.",
        "This is not a matter of politics but of principle.",
        "History will judge those who pretend not to see it.",
        "The facts speak for themselves.",
        "We have said so many times and we say it again today.",
        "Our partners know this very well.",
    ];

    /// <summary>What an official adds that is not a stance on the territory.</summary>
    public static readonly string[] Asides =
    [
        "We will raise the matter with our partners in the coming weeks",
        "The people there deserve peace and a normal life",
        "Provocations of this kind help nobody",
        "Everything else is propaganda",
        "Our diplomats are working on this every day",
        "I will not comment on speculation in the press",
    ];

    public static (string[] Quotes, string[] Reports) Of(Kind kind) => kind switch
    {
        Kind.Claim => (ClaimQuotes, ClaimReports),
        Kind.Refuse => (RefuseQuotes, RefuseReports),
        Kind.Open => (OpenQuotes, OpenReports),
        Kind.Demand => (DemandQuotes, DemandReports),
        Kind.RejectAnnexation => (RejectAnnexationQuotes, RejectAnnexationReports),
        Kind.Recognize => (RecognizeQuotes, RecognizeReports),
        Kind.Exchange => (ExchangeQuotes, ExchangeReports),
        Kind.Concede => (ConcedeQuotes, ConcedeReports),
        Kind.Hedged => (HedgedQuotes, HedgedReports),
        _ => (NegatedQuotes, NegatedReports),
    };
}
