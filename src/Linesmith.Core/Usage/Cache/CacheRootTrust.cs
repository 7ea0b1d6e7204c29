using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>
/// Whether a cache root may be used (docs/adr/0015-directories-from-the-environment.md).
/// Someone who can plant files or symlinks on the way to the root can redirect what linesmith
/// writes and what <c>cache clear</c> deletes, so the path is walked from <c>/</c> the way OpenSSH's
/// <c>safe_path</c> checks a key directory, with <c>lstat</c> (a link is judged itself, not its target):
/// <list type="bullet">
/// <item>a symlink must be owned by root or this user, else it was planted: refused whatever it points to;
/// its target is then walked the same way;</item>
/// <item>a directory must be owned by root or this user and not writable by group or others, unless it
/// is root-owned and sticky (<c>/tmp</c>: others can add entries but not replace ours);</item>
/// <item>the root itself, when it exists, must be a directory owned by this user that only it can write.</item>
/// </list>
/// Components that do not exist yet end the walk: linesmith creates them 0700. A refused root means no
/// disk cache for the process; the render goes on without it.
/// </summary>
internal static class CacheRootTrust
{
    /// <summary>As Linux's <c>MAXSYMLINKS</c>: more links than this on one path is a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>The root passes the check: <see cref="Refusal"/> has nothing to say.</summary>
    public static bool Allows(string root) => Refusal(root) is null;

    /// <summary>Null when the root may be used; else why not, as one line naming the component.</summary>
    public static string? Refusal(string root)
    {
        // Windows has no modes, uids or sticky directories: there the root is made private by its ACL
        // when linesmith creates it (PrivateAccess), and a root that already exists is the user's choice.
        if (PathStatus.EffectiveUser() is not { } user)
        {
            return null;
        }

        var pending = new LinkedList<string>(Components(root));
        var current = "/";
        var links = 0;
        PathStatus? last = PathStatus.Of(current, out _);
        while (pending.First is { } first)
        {
            var name = first.Value;
            pending.RemoveFirst();
            if (name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                last = PathStatus.Of(current, out _);
                continue;
            }

            var next = Path.Join(current, name);
            if (PathStatus.Of(next, out var error) is not { } status)
            {
                return error switch
                {
                    PathStatus.NoEntry => null, // the rest does not exist yet: linesmith creates it, 0700
                    PathStatus.NotADirectory => $"cache root {root}: {current} is not a directory",
                    _ => $"cache root {root}: cannot inspect {next} (errno {error})",
                };
            }

            if (status.IsSymlink)
            {
                if (!IsRootOrUser(status.Owner, user))
                {
                    return $"cache root {root}: {next} is a symlink owned by another user (uid {status.Owner})";
                }

                if (++links > MaxLinks || new FileInfo(next).LinkTarget is not { } target)
                {
                    return $"cache root {root}: too many symlinks at {next}";
                }

                if (Path.IsPathRooted(target))
                {
                    current = "/";
                }

                foreach (var part in Components(target).Reverse())
                {
                    pending.AddFirst(part);
                }

                continue;
            }

            if (!status.IsDirectory)
            {
                return $"cache root {root}: {next} is not a directory";
            }

            if (!IsRootOrUser(status.Owner, user))
            {
                return $"cache root {root}: {next} is owned by another user (uid {status.Owner})";
            }

            if (status.IsWritableByOthers && !(status.Owner == 0 && status.IsSticky))
            {
                return $"cache root {root}: {next} is writable by other users (mode {status.Permissions})";
            }

            current = next;
            last = status;
        }

        // Every component exists: the last one reached is the root itself.
        if (last is not { } leaf || !leaf.IsDirectory)
        {
            return $"cache root {root} is not a directory";
        }

        if (leaf.Owner != user)
        {
            return $"cache root {root} is owned by another user (uid {leaf.Owner})";
        }

        return leaf.IsWritableByOthers ? $"cache root {root} is writable by other users (mode {leaf.Permissions})" : null;
    }

    private static bool IsRootOrUser(uint owner, uint user) => owner == 0 || owner == user;

    private static string[] Components(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
