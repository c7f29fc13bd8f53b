using System.Text;
using PositionTracker.Extraction.Mentions;

namespace PositionTracker.Extraction.Semantic;

/// <summary>
/// A sentence as the stance bank writes it: names replaced by plain words ("the country", "the territory", "the
/// minister"), so that the reader judges what is said, not who says it or where.
/// </summary>
public static class MaskedSentence
{
    public static string Of(Reading r)
    {
        var text = new StringBuilder(r.Sentence.Span.Length);
        var at = r.Sentence.Span.Start;
        foreach (var m in r.Mentions)
        {
            var start = r.Tokens[m.First].Start;
            if (start < at || Plain(r, m) is not { } plain) continue;
            text.Append(r.Body, at, start - at).Append(plain);
            at = r.Tokens[m.End - 1].End;
        }
        return text.Append(r.Body, at, Math.Max(0, r.Sentence.Span.Start + r.Sentence.Span.Length - at)).ToString();
    }

    private static string? Plain(Reading r, Mention m) =>
        m.Is(MentionKind.Territory) && !r.ActsAsActor(m) ? "the territory"
        : m.Is(MentionKind.Group) && m.ActorCode is null ? "the territories"
        : m.ActorCode is not null && !m.Is(MentionKind.Person) && !m.Is(MentionKind.Role) ? m.Of(MentionKind.Actor)!.Form == ActorForm.Demonym ? "the country's" : "the country"
        : m.Is(MentionKind.Person) ? "the minister"
        : null;
}
