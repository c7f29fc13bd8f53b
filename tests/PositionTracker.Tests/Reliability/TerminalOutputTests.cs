using PositionTracker.Tests.CommandLine;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Reliability;

/// <summary>What a file or an article says cannot drive the analyst's terminal: control characters are shown escaped.</summary>
[Collection(TrackerCollection.Name)]
public sealed class TerminalOutputTests(TrackerFixture tracker) : IAsyncLifetime
{
    private readonly ArticleFolder _folder = new();

    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("red\u001b[31malert", @"red\x1b[31malert")]
    [InlineData("over\rwrite", @"over\x0dwrite")]
    [InlineData("bell\u0007", @"bell\x07")]
    [InlineData("c1\u009b2J", @"c1\x9b2J")]
    [InlineData("txt.\u202Eexe", @"txt.\u202eexe")]
    [InlineData("two\nlines", @"two\x0alines")]
    [InlineData("Crimea: Россия, 克里米亚", "Crimea: Россия, 克里米亚")]
    public void Control_characters_are_escaped_and_everything_else_is_left_alone(string text, string shown) =>
        Assert.Equal(shown, PositionTracker.Core.Terminal.Safe(text));

    [Fact]
    public void Multi_line_answers_keep_their_layout() =>
        Assert.Equal("line\n\tindented\\x1b[2J", PositionTracker.Core.Terminal.Safe("line\n\tindented\u001b[2J", keepLines: true));

    [Fact]
    public async Task A_file_named_with_terminal_escapes_is_reported_with_them_escaped()
    {
        _folder.Write("articles/\u001b]0;owned\u0007\u001b[2Jbad.txt", "no header here");

        var run = await Cli.RunAsync(tracker.ConnectionString, "ingest", _folder.Articles);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out + run.Error);
        Assert.DoesNotContain('\u0007', run.Out + run.Error);
        Assert.Contains(@"\x1b]0;owned\x07\x1b[2Jbad.txt", run.Out);
    }
}
