namespace Linesmith.Platform;

/// <summary>
/// A directory linesmith may create, and the existing directory below which it may do so (ADR
/// 0015): linesmith makes only its own levels (<c>linesmith/</c>, and the XDG default such as
/// <c>~/.cache</c> when it is missing) and never <c>HOME</c>, an XDG base's parent or anything above
/// them. With <see cref="Base"/> missing nothing is created: as root with <c>HOME=/nonexistent/x</c>
/// no tree appears. Created levels are owner-only (0700; on Windows an ACL for the user alone, <see cref="PrivateAccess"/>).
/// </summary>
internal sealed record CreatableDirectory(string Path, string Base)
{
    /// <summary>A directory named whole by the user (<c>LINESMITH_CACHE_DIR</c>, a file's directory): only its last level may be made.</summary>
    public static CreatableDirectory LastLevelOf(string path)
    {
        var trimmed = Trimmed(path);
        return new CreatableDirectory(trimmed, System.IO.Path.GetDirectoryName(trimmed) ?? trimmed);
    }

    /// <summary><paramref name="path"/> without trailing separators (<c>/c//</c> is <c>/c</c>); the root stays itself.</summary>
    public static string Trimmed(string path)
    {
        while (System.IO.Path.TrimEndingDirectorySeparator(path) is var shorter && shorter.Length < path.Length)
        {
            path = shorter;
        }

        return path;
    }

    /// <summary>
    /// Creates the missing levels between <see cref="Base"/> and <see cref="Path"/>, each 0700; levels
    /// that exist keep their mode. Throws <see cref="DirectoryNotFoundException"/> when the base does
    /// not exist, and an <see cref="IOException"/> when a level cannot be made.
    /// </summary>
    public void Create()
    {
        if (Directory.Exists(Path))
        {
            return;
        }

        if (!Path.StartsWith(Base, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{Path} is not below {Base}");
        }

        if (!Directory.Exists(Base))
        {
            throw new DirectoryNotFoundException($"{Base} does not exist; linesmith does not create it");
        }

        var missing = new Stack<string>();
        for (var level = Path; level.Length > Base.Length && !Directory.Exists(level); level = System.IO.Path.GetDirectoryName(level) ?? Base)
        {
            missing.Push(level);
        }

        while (missing.TryPop(out var level))
        {
            if (OperatingSystem.IsWindows())
            {
                PrivateAccess.CreateDirectory(level);
            }
            else
            {
                // Directory.CreateDirectory(path, mode) would also make missing parents; each level is made on its own.
                Directory.CreateDirectory(level, UnixModes.PrivateDirectory);
            }
        }
    }
}
