using Linesmith.Platform;

namespace Linesmith.ClaudeCode;

/// <summary>
/// Where Claude Code keeps its user settings: <c>--settings PATH</c>, else
/// <see cref="ClaudeDirectories.SettingsFile"/> (<c>$CLAUDE_CONFIG_DIR/settings.json</c>, else
/// <c>~/.claude/settings.json</c>, each only from an absolute variable).
/// </summary>
internal static class ClaudeSettingsPath
{
    /// <summary>The settings file to edit, or null when neither the option, <c>CLAUDE_CONFIG_DIR</c> nor <c>HOME</c> names one.</summary>
    public static string? Resolve(string? commandLinePath, ClaudeDirectories directories) =>
        !string.IsNullOrEmpty(commandLinePath) ? Path.GetFullPath(commandLinePath) : directories.SettingsFile;
}
