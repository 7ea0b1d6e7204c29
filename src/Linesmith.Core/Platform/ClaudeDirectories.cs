namespace Linesmith.Platform;

/// <summary>
/// Claude Code's directories, resolved in this one place (ADR 0015), with the same rules for
/// every variable as <see cref="UserDirectories"/> (absolute or ignored).
/// <para>
/// Two lists, on purpose. Claude Code reads its settings only from <c>$CLAUDE_CONFIG_DIR</c>, else
/// <c>~/.claude</c> (docs/spec/statusline-contract.md, "Claude Code settings"), so that is the one <see cref="SettingsFile"/>
/// <c>install</c> edits. Its credentials and transcripts have lived in more places across versions, so
/// <see cref="DataDirectories"/> searches, in order, <c>$CLAUDE_CONFIG_DIR</c>,
/// <c>$XDG_CONFIG_HOME/claude</c> (else <c>~/.config/claude</c>) and <c>~/.claude</c> (docs/spec/credentials.md
/// and docs/spec/jsonl-fallback.md; ccusage searches the same).
/// </para>
/// </summary>
internal sealed class ClaudeDirectories
{
    public const string SettingsFileName = "settings.json";

    private ClaudeDirectories(IReadOnlyList<string> dataDirectories, string? settingsFile, List<string> problems)
    {
        DataDirectories = dataDirectories;
        SettingsFile = settingsFile;
        Problems = problems;
    }

    /// <summary>Where <c>.credentials.json</c> and <c>projects/</c> are looked for, first match first.</summary>
    public IReadOnlyList<string> DataDirectories { get; }

    /// <summary>Claude Code's user settings file; null when neither <c>CLAUDE_CONFIG_DIR</c> nor <c>HOME</c> is usable.</summary>
    public string? SettingsFile { get; }

    /// <summary>One line per variable that was set and refused.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static ClaudeDirectories From(EnvironmentSnapshot environment) => From(environment, HostOsOfProcess.Current);

    /// <summary>The directories by the rules of <paramref name="os"/> (on Windows the home is <c>USERPROFILE</c>: <see cref="UserDirectories.HomeOf"/>).</summary>
    public static ClaudeDirectories From(EnvironmentSnapshot environment, HostOs os)
    {
        var problems = new List<string>();
        var home = UserDirectories.HomeOf(environment, os, problems);
        var configHome = DirectoryVariable.Read(environment, EnvironmentVariables.XdgConfigHome, problems);
        var configDir = DirectoryVariable.Read(environment, EnvironmentVariables.ClaudeConfigDir, problems);
        var legacy = home is null ? null : Path.Join(home, ".claude");

        var data = new List<string>(3);
        if (configDir is not null)
        {
            data.Add(configDir);
        }

        if (configHome is not null)
        {
            data.Add(Path.Join(configHome, "claude"));
        }
        else if (home is not null)
        {
            data.Add(Path.Join(home, ".config", "claude"));
        }

        if (legacy is not null)
        {
            data.Add(legacy);
        }

        var settingsDirectory = configDir ?? legacy;
        return new ClaudeDirectories(data, settingsDirectory is null ? null : Path.Join(settingsDirectory, SettingsFileName), problems);
    }
}
