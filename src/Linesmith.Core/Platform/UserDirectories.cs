namespace Linesmith.Platform;

/// <summary>
/// linesmith's own directories, from the environment snapshot, resolved in this one place (ADR
/// 0015): the config directory (<c>$XDG_CONFIG_HOME/linesmith</c>, else <c>~/.config/linesmith</c>),
/// the config file named by <c>LINESMITH_CONFIG</c>, and the cache root (<c>LINESMITH_CACHE_DIR</c>,
/// else <c>$XDG_CACHE_HOME/linesmith</c>, else <c>~/.cache/linesmith</c>). Every variable goes through
/// <see cref="DirectoryVariable"/>: a relative, empty or control-character value is ignored, so the
/// next rule applies, and each refused value is one line in <see cref="Problems"/> for the log,
/// <c>--check-config</c> and <c>doctor</c>. Claude Code's directories are <see cref="ClaudeDirectories"/>.
/// <para>
/// Per OS (<see cref="HostOs"/>): on Windows the home is <c>USERPROFILE</c> (then <c>HOME</c>), as
/// Claude Code's own <c>~</c> is, and the cache falls back to <c>%LOCALAPPDATA%\linesmith</c> (machine-local,
/// not roaming) before <c>~/.cache</c>; on macOS the original's last config candidate,
/// <c>~/Library/Application Support/linesmith/config.toml</c>, is read too (<see cref="LibraryConfigDirectory"/>).
/// </para>
/// </summary>
internal sealed class UserDirectories
{
    public const string LinesmithName = "linesmith";

    private UserDirectories(string? home, CreatableDirectory? configRoot, string? configFile, CreatableDirectory? cacheRoot, string? libraryConfigDirectory, List<string> problems)
    {
        Home = home;
        LibraryConfigDirectory = libraryConfigDirectory;
        ConfigRoot = configRoot;
        ConfigFile = configFile;
        CacheRoot = cacheRoot;
        Problems = problems;
    }

    /// <summary>The home directory (<see cref="HomeOf"/>); null when no variable names an absolute one.</summary>
    public string? Home { get; }

    /// <summary>macOS only: <c>~/Library/Application Support/linesmith</c>, the original's last place for config.toml.</summary>
    public string? LibraryConfigDirectory { get; }

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

    public static UserDirectories From(EnvironmentSnapshot environment) => From(environment, HostOsOfProcess.Current);

    /// <summary>The directories by the rules of <paramref name="os"/>.</summary>
    public static UserDirectories From(EnvironmentSnapshot environment, HostOs os)
    {
        var problems = new List<string>();
        var home = HomeOf(environment, os, problems);
        var configHome = DirectoryVariable.Read(environment, EnvironmentVariables.XdgConfigHome, problems);
        var cacheHome = DirectoryVariable.Read(environment, EnvironmentVariables.XdgCacheHome, problems);
        var configFile = DirectoryVariable.Read(environment, EnvironmentVariables.LinesmithConfig, problems);
        var cacheDir = DirectoryVariable.Read(environment, EnvironmentVariables.LinesmithCacheDir, problems);
        if (os == HostOs.Windows && cacheDir is null && cacheHome is null
            && DirectoryVariable.Read(environment, EnvironmentVariables.LocalAppData, problems) is { } localAppData)
        {
            // %LOCALAPPDATA% is the base: only linesmith\ below it may be created.
            cacheDir = Path.Join(localAppData, LinesmithName);
        }

        var library = os == HostOs.MacOS && home is not null ? Path.Join(home, "Library", "Application Support", LinesmithName) : null;
        return new UserDirectories(home, OwnDirectory(configHome, home, ".config"), configFile, OwnDirectory(cacheDir, cacheHome, home, ".cache"), library, problems);
    }

    /// <summary>
    /// The home directory: <c>HOME</c>; on Windows <c>USERPROFILE</c> first, which is what Claude Code
    /// (Node's <c>os.homedir()</c>) takes, so that <c>~\.claude</c> is the same directory for both.
    /// </summary>
    public static string? HomeOf(EnvironmentSnapshot environment, HostOs os, List<string> problems) =>
        os == HostOs.Windows
            ? DirectoryVariable.Read(environment, EnvironmentVariables.UserProfile, problems) ?? DirectoryVariable.Read(environment, EnvironmentVariables.Home, problems)
            : DirectoryVariable.Read(environment, EnvironmentVariables.Home, problems);

    /// <summary>
    /// Every path variable refused by this type or <see cref="ClaudeDirectories"/>, each once: what
    /// <c>--check-config</c>, <c>doctor</c> and the log report.
    /// </summary>
    public IReadOnlyList<string> ProblemsWith(ClaudeDirectories claude) =>
        Problems.Union(claude.Problems, StringComparer.Ordinal).ToList();

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
