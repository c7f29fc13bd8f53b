using Mono.Unix.Native;
using PositionTracker.Domain.Articles;
using PositionTracker.Ingesting;
using PositionTracker.Tests.Support;

namespace PositionTracker.Tests.Reliability;

/// <summary>Only regular files are read: pipes, devices and symlink loops are named and skipped, and the batch goes on.</summary>
[Collection(TrackerCollection.Name)]
public sealed class SpecialFilesTests(TrackerFixture tracker) : IAsyncLifetime
{
    private readonly ArticleFolder _folder = new();

    public Task InitializeAsync() => tracker.ResetAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private static string Article(int day) =>
        $"---\noutlet: Pipe Wire\npublished: 2024-05-{day:00}\n---\nThe ministry said on Thursday that the islands belonged to Japan.\n";

    [Fact]
    public async Task Pipes_devices_and_symlink_loops_are_skipped_by_name_and_kind_while_the_rest_go_in()
    {
        var first = _folder.Write("a-first.txt", Article(1));
        var pipe = Path.Combine(_folder.Root, "b-pipe.txt");
        Assert.Equal(0, Syscall.mkfifo(pipe, FilePermissions.DEFFILEMODE));
        var device = Path.Combine(_folder.Root, "c-zero.txt");
        File.CreateSymbolicLink(device, "/dev/zero");
        var loop = Path.Combine(_folder.Root, "d-loop.txt");
        File.CreateSymbolicLink(loop, Path.Combine(_folder.Root, "e-loop.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "e-loop.txt"), loop);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "f-back-to-the-top"), _folder.Root);
        var last = _folder.Write("z-last.txt", Article(2));

        // A pipe that is opened waits for a writer forever: the batch must not.
        var report = await tracker.IngestAsync(_folder.Root).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal([first, last], report.Added.Select(a => a.File));
        var reasons = report.Rejected.ToDictionary(r => Path.GetFileName(r.File), r => r.Reason);
        Assert.Contains("named pipe", reasons["b-pipe.txt"]);
        Assert.Contains("character device", reasons["c-zero.txt"]);
        Assert.Contains("symlink loop", reasons["d-loop.txt"]);
        Assert.Contains("symlink loop", reasons["e-loop.txt"]);
        Assert.Contains("leads back to a folder already searched", reasons["f-back-to-the-top"]);
        Assert.Equal(5, report.Rejected.Count);
    }

    [Fact]
    public async Task A_special_file_named_on_its_own_is_refused_without_being_opened()
    {
        var pipe = Path.Combine(_folder.Root, "named.txt");
        Assert.Equal(0, Syscall.mkfifo(pipe, FilePermissions.DEFFILEMODE));

        var report = await tracker.IngestAsync(pipe, "/dev/zero", _folder.Write("good.txt", Article(3))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Single(report.Added);
        Assert.Equal(["is a named pipe (FIFO), not a regular file; skipped", "is a character device, not a regular file; skipped"],
            report.Rejected.Select(r => r.Reason));
    }

    [Fact]
    public async Task The_size_limit_holds_on_the_bytes_read_whatever_the_size_on_disk_says()
    {
        var huge = _folder.Write("huge.txt", System.Text.Encoding.UTF8.GetBytes(Article(4) + new string('x', ArticleFile.MaxBytes)));

        var rejected = await Assert.ThrowsAsync<ArticleRejected>(() => ArticleFiles.ReadAsync(huge, CancellationToken.None));
        // A file the size on disk misreports (as /proc's do: 0 bytes) is still read in full.
        var status = await ArticleFiles.ReadAsync("/proc/self/status", CancellationToken.None);

        Assert.Contains($"over the {ArticleFile.Limit} limit", rejected.Message);
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        Assert.Contains("Name:", System.Text.Encoding.UTF8.GetString(status));
    }
}
