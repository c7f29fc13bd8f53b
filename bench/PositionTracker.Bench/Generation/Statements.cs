using static PositionTracker.Bench.Generation.Phrases;

namespace PositionTracker.Bench.Generation;

/// <summary>A run of sentences kept together in one paragraph, and how many of them carry a planted event.</summary>
public sealed record Unit(string Text, int Sentences, int Planted);

/// <summary>
/// Statements of position: a stance on a territory, put in the mouth of the right actor (a claimant claims,
/// the side that lost the territory demands it back, third countries reject an annexation or recognise the
/// owner), quoted or reported, with a verb of speech and a date, and sometimes followed by a second sentence.
/// </summary>
public static class Statements
{
    private static readonly (Kind Kind, int Weight)[] Kinds =
    [
        (Kind.Claim, 24), (Kind.Refuse, 18), (Kind.Open, 12), (Kind.Demand, 12), (Kind.RejectAnnexation, 12),
        (Kind.Recognize, 5), (Kind.Exchange, 3), (Kind.Concede, 3), (Kind.Hedged, 6), (Kind.Negated, 5),
    ];

    private static readonly int[] KindWeights = Kinds.Select(k => k.Weight).ToArray();
    private static readonly int KindTotal = KindWeights.Sum();

    private static readonly string[] ReportVerbs = ["insisted", "stressed", "reiterated", "argued", "maintained", "noted", "reaffirmed", "warned", "declared"];

    public static Unit Make(Scene s)
    {
        var d = s.Topic();
        var rng = s.Rng;
        var kind = Kinds[rng.Weighted(KindWeights, KindTotal)].Kind;
        var (actor, other) = Parties(s, d, ref kind);
        var slots = Slots(s, d, actor, other);
        var (quotes, reports) = Of(kind);
        var quoted = rng.Chance(0.5);
        var text = quoted ? Quoted(s, actor, Scene.Fill(rng.Pick(quotes), slots)) : Reported(s, actor, Scene.Fill(rng.Pick(reports), slots));
        var sentences = text.Sentences;
        var planted = kind is Kind.Hedged ? 0 : 1;
        var body = text.Text;

        if (sentences < 2 && rng.Chance(0.35))
        {
            var (more, event_) = FollowUp(s, d, actor, slots);
            body += " " + more;
            sentences++;
            planted += event_ ? 1 : 0;
        }
        return new Unit(body, sentences, planted);
    }

    /// <summary>Who speaks and about whom, for the kind of stance; a kind that does not fit the dispute becomes a claim.</summary>
    private static (string Actor, string Other) Parties(Scene s, Dispute d, ref Kind kind)
    {
        var rng = s.Rng;
        var claimants = d.Claimants.Where(c => s.Cast.Gazetteer.ActorByCode(c) is not null).ToList();
        string Opposite(string a) => a == d.Holder ? d.Challenger : d.Holder;
        string Commentator(params string[] not)
        {
            var pool = s.Cast.Commentators.Where(c => !not.Contains(c) && !d.Claimants.Contains(c)).ToList();
            return pool.Count > 0 ? rng.Pick(pool) : d.Challenger;
        }

        switch (kind)
        {
            case Kind.Demand or Kind.Concede when d.Demander is { } demander:
                return (demander, d.Holder);
            case Kind.RejectAnnexation when d.Occupied:
                return (rng.Chance(0.6) ? Commentator(d.Holder, d.Owner) : d.Demander ?? d.Owner, d.Holder);
            case Kind.Recognize:
                return (Commentator(d.Owner, d.Holder, d.Challenger), d.Owner);
            case Kind.Open or Kind.Hedged or Kind.Negated:
            {
                var a = rng.Chance(0.5) ? d.Holder : d.Challenger;
                return (a, Opposite(a));
            }
            case Kind.Refuse or Kind.Exchange when claimants.Count > 0:
            {
                var a = claimants.Contains(d.Holder) && rng.Chance(0.7) ? d.Holder : rng.Pick(claimants);
                return (a, Opposite(a));
            }
            default:
            {
                kind = Kind.Claim;
                var a = claimants.Count > 0 ? rng.Pick(claimants) : d.Holder;
                return (a, Opposite(a));
            }
        }
    }

    public static Dictionary<string, string> Slots(Scene s, Dispute d, string actor, string other)
    {
        var c = s.Cast;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["T"] = s.Place(d), ["Tn"] = d.Noun,
            ["A"] = c.Name(actor), ["Aa"] = c.Adjective(actor), ["Ap"] = c.Possessive(actor),
            ["B"] = c.Name(other), ["Ba"] = c.Adjective(other), ["Bp"] = c.Possessive(other),
            ["O"] = c.Name(d.Owner), ["Oa"] = c.Adjective(d.Owner), ["Op"] = c.Possessive(d.Owner),
        };
    }

    private static (string Open, string Close) Marks(Rng rng) => rng.Chance(0.25) ? ("“", "”") : ("\"", "\"");

    /// <summary>Direct speech: "...," X said on Tuesday. Sometimes two sentences inside the quotation.</summary>
    public static (string Text, int Sentences) Quoted(Scene s, string actor, string quote)
    {
        var rng = s.Rng;
        var (o, c) = Marks(rng);
        var q = Scene.Cap(quote);
        var when = DatePhrases.Said(rng, s.Published);
        switch (rng.Int(9))
        {
            case 0: return (Scene.Sentence($"{o}{q},{c}", "said", s.SpeakerAfterVerb(actor) + "."), 1);
            case 1:
            {
                var lead = DatePhrases.Leading(rng, s.Published);
                return lead.Length > 0
                    ? (Scene.Sentence(lead + ",", s.Speaker(actor), $"said: {o}{q}.{c}"), 1)
                    : (Scene.Sentence(s.Speaker(actor), "said", when + ":", $"{o}{q}.{c}"), 1);
            }
            case 2: return (Scene.Sentence($"{o}{q},{c}", s.Speaker(actor), "told reporters", when + "."), 1);
            case 3: return (Scene.Sentence($"{o}{q},{c}", s.Speaker(actor), $"told a news conference in {s.City()}", when + "."), 1);
            case 4: return (Scene.Sentence(s.Speaker(actor), "wrote on social media", when + ":", $"{o}{q}.{c}"), 1);
            case 5: return (Scene.Sentence($"{o}{q}. {rng.Pick(Flourishes)[..^1]},{c}", s.Speaker(actor), "said", when + "."), 2);
            case 6: return (Scene.Sentence($"{o}{rng.Pick(Flourishes)} {q},{c}", s.Speaker(actor), rng.Either("insisted", "said", "added"), when + "."), 2);
            default: return (Scene.Sentence($"{o}{q},{c}", s.Speaker(actor), "said", when + "."), 1);
        }
    }

    /// <summary>Reported speech: X said on Tuesday that ...</summary>
    public static (string Text, int Sentences) Reported(Scene s, string actor, string report)
    {
        var rng = s.Rng;
        var when = DatePhrases.Said(rng, s.Published);
        switch (rng.Int(9))
        {
            case 0:
            {
                var lead = DatePhrases.Leading(rng, s.Published);
                return lead.Length > 0
                    ? (Scene.Sentence(lead + ",", s.Speaker(actor), "said", report + "."), 1)
                    : (Scene.Sentence(s.Speaker(actor), "said", report + "."), 1);
            }
            case 1: return (Scene.Sentence(s.Speaker(actor), "told reporters", when, "that", report + "."), 1);
            case 2: return (Scene.Sentence("According to", s.VoiceOf(actor).Full + ",", report + "."), 1);
            case 3: return (Scene.Sentence(report + ",", s.SpeakerAfterVerb(actor), "said", when + "."), 1);
            case 4: return (Scene.Sentence("In a statement", when + ",", s.Speaker(actor), "said", report + "."), 1);
            case 5: return (Scene.Sentence(s.Speaker(actor), rng.Pick(ReportVerbs), when, "that", report + "."), 1);
            case 6: return (Scene.Sentence(s.Speaker(actor), "said in an interview", when, "that", report + "."), 1);
            default: return (Scene.Sentence(s.Speaker(actor), "said", when, "that", report + "."), 1);
        }
    }

    /// <summary>What comes next from the same side: another stance, an aside, or a colleague echoing the position.</summary>
    private static (string Text, bool Event) FollowUp(Scene s, Dispute d, string actor, Dictionary<string, string> slots)
    {
        var rng = s.Rng;
        var voice = s.VoiceOf(actor);
        var (o, c) = Marks(rng);
        switch (rng.Int(6))
        {
            case 0:
            case 1:
            {
                var more = d.Claimants.Contains(actor) ? rng.Pick(RefuseQuotes) : rng.Pick(OpenQuotes);
                return (Scene.Sentence($"{o}{Scene.Cap(Scene.Fill(more, slots))},{c}", voice.Again, rng.Either("added", "said", "went on")) + ".", true);
            }
            case 2:
                return (Scene.Sentence($"{o}{rng.Pick(Asides)},{c}", voice.Again, "added."), false);
            case 3:
                return (Scene.Sentence(voice.Again, rng.Either("did not elaborate.", "did not take questions.", "gave no further details.")), false);
            default:
            {
                var colleague = s.OtherVoiceOf(actor);
                var echo = rng.Either("reiterated the position", "echoed the stance", "made the same point", "repeated the position", "took the same line");
                return (Scene.Sentence(colleague.Full == voice.Full ? voice.Again : colleague.Subject, echo, DatePhrases.Said(rng, s.Published) + "."), true);
            }
        }
    }
}
