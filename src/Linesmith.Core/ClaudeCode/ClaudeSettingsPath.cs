using Linesmith.Platform;

namespace Linesmith.ClaudeCode;

/// <summary>
/// Where Claude Code keeps its user settings (docs/spec/statusline-contract.md#claude-code-settings): <c>$CLAUDE_CONFIG_DIR/settings.json</c>,
/// else <c>~/.claude/settings.json</c>. <c>--settings PATH</c> overrides both.
/// </summary>
internal static class ClaudeSettingsPath
{
    public const string FileName = "settings.json";

    /// <summary>The settings file to edit, or null when neither the option, <c>CLAUDE_CONFIG_DIR</c> nor <c>HOME</c> names one.</summary>
    public static string? Resolve(string? commandLinePath, EnvironmentSnapshot environment)
    {
        if (!string.IsNullOrEmpty(commandLinePath))
        {
            return Path.GetFullPath(commandLinePath);
        }

        if (environment.GetNonEmpty("CLAUDE_CONFIG_DIR") is { } configDir)
        {
            return Path.Join(configDir, FileName);
        }

        return environment.GetNonEmpty("HOME") is { } home ? Path.Join(home, ".claude", FileName) : null;
    }
}
