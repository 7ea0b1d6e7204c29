namespace Linesmith.Platform;

/// <summary>
/// linesmith's own directories, from the environment snapshot, resolved in this one place (ADR
/// 0015): the config directory (<c>$XDG_CONFIG_HOME/linesmith</c>, else <c>~/.config/linesmith</c>),
/// the config file named by <c>LINESMITH_CONFIG</c>, and the cache root (<c>LINESMITH_CACHE_DIR</c>,
/// else <c>$XDG_CACHE_HOME/linesmith</c>, else <c>~/.cache/linesmith</c>). Every variable goes through
/// <see cref="DirectoryVariable"/>: a relative, empty or control-character value is ignored, so the
/// next rule applies, and each refused value is one line in <see cref="Problems"/> for the log,
/// <c>--check-config</c> and <c>doctor</c>. Claude Code's directories are <see cref="ClaudeDirectories"/>.
/// </summary>
internal sealed class UserDirectories
{
    public const string LinesmithName = "linesmith";

    private UserDirectories(string? home, CreatableDirectory? configRoot, string? configFile, CreatableDirectory? cacheRoot, List<string> problems)
    {
        Home = home;
        ConfigRoot = configRoot;
        ConfigFile = configFile;
        CacheRoot = cacheRoot;
        Problems = problems;
    }

    /// <summary><c>HOME</c> when it is absolute; else null.</summary>
    public string? Home { get; }

    /// <summary><c>$XDG_CONFIG_HOME/linesmith</c>, else <c>~/.config/linesmith</c>, and below what <c>init</c> may create it.</summary>
    public CreatableDirectory? ConfigRoot { get; }

    /// <summary><c>$XDG_CONFIG_HOME/linesmith</c>, else <c>~/.config/linesmith</c>: config.toml and the user's themes.</summary>
    public string? ConfigDirectory => ConfigRoot?.Path;

    /// <summary>The config file <c>LINESMITH_CONFIG</c> names, when it is absolute.</summary>
    public string? ConfigFile { get; }

    /// <summary>Where <c>usage.json</c> and <c>usage.lock</c> live, and below what it may be created; null = no disk cache.</summary>
    public CreatableDirectory? CacheRoot { get; }

    /// <summary>One line per variable that was set and refused (relative, control characters).</summary>
    public IReadOnlyList<string> Problems { get; }

    public static UserDirectories From(EnvironmentSnapshot environment)
    {
        var problems = new List<string>();
        var home = DirectoryVariable.Read(environment, EnvironmentVariables.Home, problems);
        var configHome = DirectoryVariable.Read(environment, EnvironmentVariables.XdgConfigHome, problems);
        var cacheHome = DirectoryVariable.Read(environment, EnvironmentVariables.XdgCacheHome, problems);
        var configFile = DirectoryVariable.Read(environment, EnvironmentVariables.LinesmithConfig, problems);
        var cacheDir = DirectoryVariable.Read(environment, EnvironmentVariables.LinesmithCacheDir, problems);
        return new UserDirectories(home, OwnDirectory(configHome, home, ".config"), configFile, OwnDirectory(cacheDir, cacheHome, home, ".cache"), problems);
    }

    /// <summary>
    /// Every path variable refused by this type or <see cref="ClaudeDirectories"/>, each once: what
    /// <c>--check-config</c>, <c>doctor</c> and the log report.
    /// </summary>
    public static IReadOnlyList<string> ProblemsIn(EnvironmentSnapshot environment) =>
        From(environment).Problems.Union(ClaudeDirectories.From(environment).Problems, StringComparer.Ordinal).ToList();

    /// <summary>
    /// <c>linesmith/</c> under the XDG base, or under its default below HOME (<c>~/.cache</c>,
    /// <c>~/.config</c>); <paramref name="explicitDirectory"/> (<c>LINESMITH_CACHE_DIR</c>) wins whole.
    /// The XDG base itself may be created (the spec asks for 0700) below its existing parent, the
    /// default below HOME; never HOME or anything above (ADR 0015).
    /// </summary>
    private static CreatableDirectory? OwnDirectory(string? explicitDirectory, string? xdgBase, string? home, string defaultName)
    {
        if (explicitDirectory is not null)
        {
            return CreatableDirectory.LastLevelOf(explicitDirectory);
        }

        if (xdgBase is not null)
        {
            var xdg = CreatableDirectory.LastLevelOf(xdgBase);
            return new CreatableDirectory(Path.Join(xdg.Path, LinesmithName), xdg.Base);
        }

        return home is null ? null : new CreatableDirectory(Path.Join(home, defaultName, LinesmithName), CreatableDirectory.Trimmed(home));
    }

    private static CreatableDirectory? OwnDirectory(string? xdgBase, string? home, string defaultName) => OwnDirectory(null, xdgBase, home, defaultName);
}
