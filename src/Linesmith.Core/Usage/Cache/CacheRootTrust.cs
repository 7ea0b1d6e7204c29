using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>
/// Whether an existing cache root may be used (docs/spec/decisions.md#d7-permissions, docs/guarantees.md): a
/// directory owned by another user, or one that group or others may write, lets someone else plant
/// files or symlinks where linesmith reads and writes, so it is refused and the process runs without
/// a disk cache. A root that does not exist yet is fine: linesmith creates it 0700.
/// </summary>
internal static class CacheRootTrust
{
    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Null when the root may be used; else why not, as one line for the log.</summary>
    public static string? Refusal(string root)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(root))
        {
            return null;
        }

        UnixFileMode mode;
        try
        {
            mode = File.GetUnixFileMode(root);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if ((mode & WritableByOthers) != 0)
        {
            return $"cache root {root} is writable by other users (mode {Convert.ToString((int)mode, 8)}); running without the disk cache";
        }

        return FileOwner.IsForeign(root) == true
            ? $"cache root {root} is owned by another user; running without the disk cache"
            : null;
    }
}
