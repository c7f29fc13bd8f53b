using PositionTracker.Extraction.Patterns;
using PositionTracker.Extraction.Text;

namespace PositionTracker.Extraction.Tests.Patterns;

/// <summary>The pattern language of the rule book, on sentences with their entities marked by hand.</summary>
public class PatternTests
{
    private static readonly Dictionary<string, string> Sets = new() { ["PART"] = "(integral|inalienable)" };

    private static readonly Dictionary<string, IReadOnlyList<string>> Irregular = new() { ["be"] = ["is", "are", "was", "were", "been"] };

    /// <summary>A sentence whose words in [brackets] fill a {T} slot and in &lt;angles&gt; an {A} slot.</summary>
    private sealed class Marked : IPatternTarget
    {
        private readonly List<string> _words = [];
        private readonly Dictionary<(Slot, int), int> _slots = [];

        public Marked(string text)
        {
            foreach (var piece in System.Text.RegularExpressions.Regex.Matches(text, @"\[[^\]]+\]|<[^>]+>|\S+").Select(m => m.Value))
            {
                var slot = piece[0] switch { '[' => Slot.Territory, '<' => Slot.Actor, _ => (Slot?)null };
                var words = Tokens.Of(slot is null ? piece : piece[1..^1]).Select(t => t.Lower).ToList();
                if (slot is { } s) _slots[(s, _words.Count)] = _words.Count + words.Count;
                _words.AddRange(words);
            }
        }

        public int Count => _words.Count;
        public string Word(int i) => _words[i];
        public bool Boundary(int i) => _words[i] is "." or ";";
        public bool ClauseEndsBefore(int i) => i >= Count || _words[i] is "," or "." or "and";
        public int SlotEnd(Slot slot, int i) => _slots.TryGetValue((slot, i), out var end) ? end : -1;
    }

    private static string? Match(string pattern, string sentence)
    {
        var target = new Marked(sentence);
        var found = new List<PatternMatch>();
        Matcher.All(Pattern.Parse(pattern, Sets, Irregular), target, found);
        return found.Count == 0 ? null : string.Join(" ", Enumerable.Range(found[0].First, found[0].End - found[0].First).Select(target.Word));
    }

    [Theory]
    [InlineData("[Crimea] is an integral part of <Russia>", "crimea is an integral part of russia")]
    [InlineData("[Crimea] was and always will be an inalienable part of <Russia>", "crimea was and always will be an inalienable part of russia")]
    [InlineData("[Crimea] remains part of <Russia>", "crimea remains part of russia")]
    [InlineData("the islands were part of <Japan>", null)]
    public void Alternatives_optional_words_sets_and_slots(string sentence, string? matched) =>
        Assert.Equal(matched, Match("{T} (be|remain) [and always will be|now] [an|a] [$PART] part of {A}", sentence));

    [Theory]
    [InlineData("he recognised the sovereignty", "recognised the sovereignty")]
    [InlineData("she recognizes sovereignty", "recognizes sovereignty")]
    [InlineData("they are recognising the territories", "recognising the territories")]
    public void A_word_matches_its_inflections_in_either_spelling(string sentence, string matched) =>
        Assert.Equal(matched, Match("recognize [the] (sovereignty|territory)", sentence));

    [Fact]
    public void An_exact_word_matches_only_its_own_form()
    {
        Assert.Null(Match("=recognize the", "they recognised the claim"));
        Assert.Equal("recognize the", Match("=recognize the", "they recognize the claim"));
    }

    [Theory]
    [InlineData("rejected on Tuesday the claim", "rejected on tuesday the claim")]
    [InlineData("rejected , after long and bitter talks , the claim", null)]
    [InlineData("rejected it . The claim", null)]
    public void A_gap_is_bounded_in_length_and_stops_at_the_end_of_a_clause(string sentence, string? matched) =>
        Assert.Equal(matched, Match("rejected ..3 claim", sentence));

    [Theory]
    [InlineData("[Crimea] is <Ukraine> , he said", "crimea is ukraine")]
    [InlineData("[Crimea] is <Ukraine> 's main problem", null)]
    public void The_end_of_a_clause_takes_no_word(string sentence, string? matched) =>
        Assert.Equal(matched, Match("{T} be {A} #", sentence));

    [Fact]
    public void The_longest_match_at_a_place_wins() =>
        Assert.Equal("not up for negotiation", Match("not [up for] (negotiation|negotiable)", "it is not up for negotiation today"));

    [Theory]
    [InlineData("..2 claim", "may not begin or end with a gap")]
    [InlineData("(claim|sovereignty", "is never closed")]
    [InlineData("claim $NOPE", "no set named $NOPE")]
    [InlineData("[the] {T}", "needs at least one word")]
    [InlineData("claim {X}", "is not a slot or a gap")]
    public void A_pattern_that_cannot_work_is_refused_with_the_reason(string pattern, string reason) =>
        Assert.Contains(reason, Assert.Throws<PatternSyntaxError>(() => Pattern.Parse(pattern, Sets, Irregular)).Message);

    [Fact]
    public void A_patterns_anchors_are_the_forms_of_a_word_every_match_holds()
    {
        var anchors = Pattern.Parse("[its] claim to {T}", Sets, Irregular).Anchors;

        Assert.Contains("claims", anchors);
        Assert.DoesNotContain("its", anchors);
    }
}
