using Mono.Unix;
using Mono.Unix.Native;

namespace PositionTracker.Ingesting;

public enum PathKinds { Missing, RegularFile, Folder, Special, Loop, BrokenLink, Unreachable }

/// <summary>
/// What a path is once its symlinks are followed. Only regular files are read: opening a named pipe waits for a
/// writer forever, and a device never ends. The BCL reports both as existing files of length 0, so ask stat(2).
/// </summary>
/// <param name="Identity">Device and inode, so that a folder reached twice (a symlink loop) is searched once.</param>
public sealed record PathKind(PathKinds Kind, string Description, (ulong Device, ulong Inode) Identity = default)
{
    public static PathKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
            return File.Exists(path) ? new(PathKinds.RegularFile, "a file")
                : Directory.Exists(path) ? new(PathKinds.Folder, "a folder")
                : new(PathKinds.Missing, "no such file or folder");

        if (Syscall.stat(path, out var stat) != 0) return Unstattable(path, Stdlib.GetLastError());
        var identity = (stat.st_dev, stat.st_ino);
        return (stat.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => new(PathKinds.RegularFile, "a file", identity),
            FilePermissions.S_IFDIR => new(PathKinds.Folder, "a folder", identity),
            FilePermissions.S_IFIFO => new(PathKinds.Special, "a named pipe (FIFO)", identity),
            FilePermissions.S_IFCHR => new(PathKinds.Special, "a character device", identity),
            FilePermissions.S_IFBLK => new(PathKinds.Special, "a block device", identity),
            FilePermissions.S_IFSOCK => new(PathKinds.Special, "a socket", identity),
            _ => new(PathKinds.Special, "not a regular file", identity),
        };
    }

    private static PathKind Unstattable(string path, Errno error) => error switch
    {
        Errno.ELOOP => new(PathKinds.Loop, "a symlink loop (its links lead back to themselves)"),
        Errno.ENOENT when Syscall.lstat(path, out _) == 0 =>
            new(PathKinds.BrokenLink, $"a broken symlink (to {new UnixSymbolicLinkInfo(path).ContentsPath}, which does not exist)"),
        Errno.ENOENT or Errno.ENOTDIR => new(PathKinds.Missing, "no such file or folder"),
        Errno.EACCES => new(PathKinds.Unreachable, "not reachable: permission denied"),
        _ => new(PathKinds.Unreachable, $"not readable ({UnixMarshal.GetErrorDescription(error)})"),
    };
}
