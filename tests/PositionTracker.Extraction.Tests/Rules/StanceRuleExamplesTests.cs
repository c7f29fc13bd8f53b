using PositionTracker.Domain.Articles;
using PositionTracker.Extraction.Rules;
using PositionTracker.Extraction.Tests.Extracting;

namespace PositionTracker.Extraction.Tests.Rules;

/// <summary>
/// Every rule of the stance rule book carries its own examples, which the whole extractor must read as stated,
/// and counterexamples, from which the rule must derive nothing.
/// </summary>
public class StanceRuleExamplesTests
{
    private const string Published = "2024-05-15";

    public static TheoryData<string, string> Examples() => Cases(r => r.Examples);

    public static TheoryData<string, string> Counterexamples() => Cases(r => r.Counterexamples);

    private static TheoryData<string, string> Cases(Func<StanceRule, IEnumerable<string>> of)
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in StanceRuleBook.Default.Rules)
            foreach (var text in of(rule)) data.Add(rule.Id, text);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_yields_the_statements_it_states(string rule, string example)
    {
        var parts = example.Split("=>");
        Assert.True(parts.Length == 2, $"{rule}: an example needs 'text => ACTOR Stance territory[; ...]'");
        var expected = parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(expected);

        var found = Read.Events(parts[0].Trim(), Published).OfType<StatementMade>().Select(s => $"{s.Actor} {s.Stance} {s.Territory}").ToList();

        Assert.All(expected, e => Assert.Contains(e, found));
    }

    [Theory]
    [MemberData(nameof(Counterexamples))]
    public void No_counterexample_yields_anything_from_its_rule(string rule, string counterexample) =>
        Assert.DoesNotContain(Read.Events(counterexample, Published), e => e.Source.Evidence?.Rule == rule);

    [Fact]
    public void Every_rule_has_an_example_and_says_something()
    {
        Assert.NotEmpty(StanceRuleBook.Default.Rules);
        Assert.All(StanceRuleBook.Default.Rules, r =>
        {
            Assert.NotEmpty(r.Examples);
            Assert.NotEmpty(r.Patterns);
            Assert.True(r.Stance is not null || r.Negated is not null, $"{r.Id} says nothing either way");
        });
    }
}
