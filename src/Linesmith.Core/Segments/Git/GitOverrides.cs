namespace Linesmith.Segments.Git;

/// <summary>
/// The configuration given to every <c>git</c> linesmith runs, as command-scope settings (which win
/// over every file), so that nothing the repository's configuration names is ever executed
/// (docs/adr/0014-git-without-repository-programs.md, issue 11 item 1). Two parts: settings that are always
/// overridden because <c>git status</c> never needs them, and the named drivers (filters, diff drivers,
/// URL-scoped credential helpers) that the repository's own files define, each neutralised by name.
/// Drivers the user defines in the global or system file (git-lfs, typically) are the user's choice
/// and are left alone.
/// </summary>
internal static class GitOverrides
{
    /// <summary>More named drivers than any real repository has: beyond this the repository is refused, not half neutralised.</summary>
    public const int MaxDrivers = 256;

    /// <summary>
    /// Always set. The empty values and <c>/dev/null</c> were checked against git 2.39.5: an empty
    /// <c>core.fsmonitor</c> or <c>false</c> runs nothing; hooks are looked up as
    /// <c>/dev/null/&lt;name&gt;</c>, which can never exist (an empty <c>core.hooksPath</c> would mean
    /// <c>/&lt;name&gt;</c>); <c>core.pager = cat</c> is git's "no pager"; an empty <c>diff.external</c> is unset.
    /// </summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Always =
    [
        new("core.fsmonitor", "false"),
        new("core.hooksPath", "/dev/null"),
        new("core.pager", "cat"),
        new("diff.external", string.Empty),
        new("protocol.allow", "never"),
        new("gc.auto", "0"),
        new("maintenance.auto", "false"),
    ];

    /// <summary>
    /// The settings to pass for <paramref name="entries"/> (the repository's listing), or null when it
    /// names more drivers than <see cref="MaxDrivers"/>.
    /// </summary>
    public static List<KeyValuePair<string, string>>? For(IReadOnlyList<GitConfigEntry> entries)
    {
        var overrides = new List<KeyValuePair<string, string>>(Always);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!entry.FromRepository || Neutralise(entry.Key) is not { } settings || !seen.Add(settings[0].Key))
            {
                continue;
            }

            if (seen.Count > MaxDrivers)
            {
                return null;
            }

            overrides.AddRange(settings);
        }

        return overrides;
    }

    /// <summary>What neutralises one repository key, or null when the key names no program.</summary>
    private static KeyValuePair<string, string>[]? Neutralise(string key)
    {
        var firstDot = key.IndexOf('.', StringComparison.Ordinal);
        var lastDot = key.LastIndexOf('.');
        if (firstDot < 0)
        {
            return null;
        }

        var section = key[..firstDot];
        var variable = key[(lastDot + 1)..];
        var prefix = key[..(lastDot + 1)];
        var hasSubsection = lastDot > firstDot;
        return (section, variable, hasSubsection) switch
        {
            // .gitattributes picks a filter by name; an empty command is "no filter" only when it is not required.
            ("filter", _, true) => [new(prefix + "clean", string.Empty), new(prefix + "smudge", string.Empty), new(prefix + "process", string.Empty), new(prefix + "required", "false")],
            ("diff", "textconv" or "command", true) => [new(prefix + "textconv", string.Empty), new(prefix + "command", string.Empty)],

            // An empty helper resets the list of helpers (git-config(1), credential.helper).
            ("credential", "helper", _) => [new(key, string.Empty)],
            ("protocol", "allow", true) => [new(key, "never")],
            _ => null,
        };
    }
}
