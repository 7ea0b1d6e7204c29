using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>
/// <c>default_root</c>: where <c>usage.json</c> and <c>usage.lock</c> live (docs/spec/on-disk-formats.md#cache-root and
/// docs/spec/decisions.md#d4-the-usage-keys-are-wired). Empty variables count as unset.
/// </summary>
internal static class CacheRoot
{
    public const string CacheDirVariable = "LINESMITH_CACHE_DIR";

    /// <summary>
    /// <c>LINESMITH_CACHE_DIR</c>; else <c>$XDG_CACHE_HOME/linesmith</c>; else
    /// <c>$HOME/.cache/linesmith</c>; else null, and the caller runs without a disk cache.
    /// </summary>
    public static string? Resolve(EnvironmentSnapshot environment)
    {
        if (environment.GetNonEmpty(CacheDirVariable) is { } explicitRoot)
        {
            return explicitRoot;
        }

        if (environment.GetNonEmpty("XDG_CACHE_HOME") is { } xdg)
        {
            return Path.Join(xdg, "linesmith");
        }

        if (environment.GetNonEmpty("HOME") is { } home)
        {
            return Path.Join(home, ".cache", "linesmith");
        }

        return null;
    }
}
