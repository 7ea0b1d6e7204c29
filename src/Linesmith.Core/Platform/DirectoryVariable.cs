namespace Linesmith.Platform;

/// <summary>
/// A path from an environment variable that decides where linesmith reads or writes (HOME, the XDG
/// bases, CLAUDE_CONFIG_DIR, LINESMITH_CACHE_DIR, LINESMITH_CONFIG). Only an absolute path is used:
/// the XDG Base Directory spec says a relative value is invalid and must be ignored, and a render runs
/// in whatever project Claude Code has open, so a relative value would resolve inside that project and
/// let its files choose the config (and with it where the token is sent) or the cache (ADR 0015;
/// docs/adr/0015-directories-from-the-environment.md). A value with a control character is ignored too:
/// no real directory has one, and it would reach the terminal in messages. Empty counts as unset.
/// </summary>
internal static class DirectoryVariable
{
    /// <summary>Outside text longer than this is cut in a message: a 100 KB variable must not fill the log.</summary>
    private const int MaxShownLength = 40;

    /// <summary>The value when it is usable; else null, and a refused (set, non-empty) value adds one line to <paramref name="problems"/>.</summary>
    public static string? Read(EnvironmentSnapshot environment, string name, List<string> problems)
    {
        if (environment.GetNonEmpty(name) is not { } value)
        {
            return null;
        }

        if (HasControl(value))
        {
            problems.Add($"{name} contains a control character; ignored");
            return null;
        }

        if (!Path.IsPathFullyQualified(value))
        {
            problems.Add($"{name}: \"{Shown(value)}\" is not an absolute path; ignored");
            return null;
        }

        return value;
    }

    // C0, DEL, C1 and the bidirectional overrides: what a terminal would act on or reorder. A loop, not
    // LINQ: this runs on every render's start-up path (docs/adr/0005-start-up-path-without-linq-reflection-or-thread-pool.md).
    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return true;
            }
        }

        return false;
    }

    private static string Shown(string value) => value.Length > MaxShownLength ? value[..MaxShownLength] + "…" : value;
}
