using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.CommandLine;

/// <summary>
/// Wolverine runs the handler and endpoint code checked in under src/PositionTracker/Internal/Generated, as it is
/// (TypeLoadMode.Static): code that no longer matches the handlers would run the old pipeline or fail at the first call.
/// </summary>
public sealed class GeneratedCodeTests
{
    private static readonly string CheckedIn = Path.Combine(Repository.Root, "src", "PositionTracker", "Internal", "Generated");

    [Fact]
    public async Task The_checked_in_generated_code_is_what_codegen_writes_now()
    {
        var scratch = Directory.CreateTempSubdirectory("positiontracker-codegen-");
        try
        {
            // Generation reads the store's configuration but never connects, as ops/codegen relies on.
            var run = await Cli.RunInAsync(scratch.FullName, "Host=localhost;Database=codegen", "codegen", "write");
            Assert.True(run.ExitCode == 0, run.Error);

            var written = Files(Path.Combine(scratch.FullName, "Internal", "Generated"));
            var checkedIn = Files(CheckedIn);
            Assert.NotEmpty(written);
            var stale = written.Keys.Union(checkedIn.Keys).Order(StringComparer.Ordinal)
                .Where(name => written.GetValueOrDefault(name) != checkedIn.GetValueOrDefault(name))
                .ToList();
            Assert.True(stale.Count == 0,
                $"src/PositionTracker/Internal/Generated is not what `codegen write` writes now ({string.Join(", ", stale)}): " +
                "run ops/codegen and commit what it writes");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string root) => Directory.Exists(root)
        ? Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText)
        : [];
}
