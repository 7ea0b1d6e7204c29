using System.Text.Json;
using System.Text.Json.Nodes;
using Linesmith.ClaudeCode;
using Linesmith.Composition;
using Linesmith.Config;
using Linesmith.Host;
using Linesmith.Platform;

namespace Linesmith.Commands.Doctor;

/// <summary>Doctor group "claude code": the settings file (docs/spec/statusline-contract.md#claude-code-settings) and whether <c>statusLine</c> runs this binary.</summary>
internal static class ClaudeCodeChecks
{
    public const string Group = "claude code";

    private const string InstallFix = "run 'linesmith install'";

    public static IEnumerable<DoctorCheck> Run(World world, RunContext run)
    {
        var config = run.Config;
        if (ClaudeSettingsPath.Resolve(null, run.Claude) is not { } path)
        {
            yield return DoctorCheck.Warn(Group, "settings", "no HOME or CLAUDE_CONFIG_DIR: cannot find settings.json", "set HOME, or run 'linesmith install --settings PATH'");
            yield break;
        }

        var document = SettingsDocument.Load(path);
        if (document.Problem is { } problem)
        {
            yield return DoctorCheck.Fail(Group, "settings", $"{path} {problem}", "fix the file by hand (Claude Code cannot read it either); linesmith never rewrites it");
            yield break;
        }

        if (!document.Exists)
        {
            yield return DoctorCheck.Warn(Group, "settings", $"{path} does not exist", InstallFix);
            yield break;
        }

        yield return DoctorCheck.Pass(Group, "settings", $"{path} (valid JSON)");
        var root = document.Root!;
        yield return StatusLine(world, root[StatusLineEntry.Key]);
        if (root[StatusLineEntry.Key] is JsonObject entry && Refresh(entry, config) is { } refresh)
        {
            yield return refresh;
        }

        if (root["disableAllHooks"] is JsonValue hooks && hooks.GetValueKind() == JsonValueKind.True)
        {
            yield return DoctorCheck.Warn(Group, "hooks", "disableAllHooks is true, which also turns the status line off", "remove disableAllHooks from settings.json");
        }
    }

    /// <summary>
    /// Issue 12 item 7: a line with countdowns needs <c>refreshInterval</c>, or Claude Code redraws it
    /// only on events. Nothing to say for a line without countdowns.
    /// </summary>
    private static DoctorCheck? Refresh(JsonObject entry, LinesmithConfig config)
    {
        if (Commands.InstallCommand.SuggestedRefresh(config) is not { } suggested)
        {
            return null;
        }

        if (entry[StatusLineEntry.RefreshKey] is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && value.TryGetValue<double>(out var seconds) && seconds >= StatusLineEntry.MinRefreshSeconds)
        {
            return DoctorCheck.Pass(Group, "refreshInterval", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seconds} s: the countdowns keep moving"));
        }

        return DoctorCheck.Warn(
            Group,
            "refreshInterval",
            $"statusLine has no refreshInterval, but {suggested.Why}",
            $"run 'linesmith install' (sets refreshInterval to {suggested.Seconds}), or 'linesmith install --refresh N'");
    }

    private static DoctorCheck StatusLine(World world, JsonNode? entry)
    {
        if (entry is null)
        {
            return DoctorCheck.Warn(Group, "statusLine", "no statusLine entry: Claude Code shows no status line", InstallFix);
        }

        if (entry is not JsonObject statusLine)
        {
            return DoctorCheck.Fail(Group, "statusLine", "statusLine is not a JSON object", "replace it by hand with an object, then run 'linesmith install'");
        }

        var command = StatusLineEntry.CommandOf(statusLine);
        var binary = world.ProcessPath is { Length: > 0 } processPath ? InstalledPath.Stable(processPath, File.Exists) : string.Empty;
        if (StatusLineCommand.ProgramOf(command) == binary)
        {
            return DoctorCheck.Pass(Group, "statusLine", $"runs this binary: {command}");
        }

        return StatusLineCommand.RunsLinesmith(command, binary)
            ? DoctorCheck.Warn(Group, "statusLine", $"runs another linesmith: {command}", $"run 'linesmith install' with the binary you mean to use ({binary})")
            : DoctorCheck.Warn(Group, "statusLine", $"runs another program: {command ?? "(no command)"}", "run 'linesmith install --force' to replace it");
    }
}
