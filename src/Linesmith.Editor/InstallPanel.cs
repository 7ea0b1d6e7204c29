using System.Diagnostics;
using System.Text.Json.Nodes;
using Linesmith.ClaudeCode;
using Linesmith.Platform;

namespace Linesmith.Editor;

/// <summary>
/// The install screen: whether Claude Code's <c>statusLine</c> runs the <c>linesmith</c> beside this
/// editor, and installing it by running that <c>linesmith install --config PATH</c>, so that the
/// editor does exactly what the command does (refreshInterval for countdowns, the .bak, refusing
/// another program's entry) with no second copy of it.
/// </summary>
internal sealed class InstallPanel(EnvironmentSnapshot environment, string? editorPath)
{
    /// <summary>The <c>linesmith</c> executable next to this one (how <c>linesmith config</c> found the editor, in reverse).</summary>
    public string? Linesmith => editorPath is { } path && Path.GetDirectoryName(path) is { } directory
        ? Path.Join(directory, OperatingSystem.IsWindows() ? "linesmith.exe" : "linesmith")
        : null;

    public (string Action, string Summary) Status()
    {
        if (ClaudeSettingsPath.Resolve(null, ClaudeDirectories.From(environment)) is not { } settings)
        {
            return ("cannot find Claude Code's settings (set HOME or CLAUDE_CONFIG_DIR)", "no settings.json location");
        }

        if (Linesmith is not { } binary || !File.Exists(binary))
        {
            return ("linesmith is not installed next to this editor", $"{Linesmith ?? "linesmith"} not found");
        }

        var stable = InstalledPath.Stable(binary, File.Exists);
        var document = SettingsDocument.Load(settings);
        if (document.Problem is { } problem)
        {
            return ($"{settings} {problem}", $"{settings} {problem}");
        }

        var command = document.Root?[StatusLineEntry.Key] is JsonObject entry ? StatusLineEntry.CommandOf(entry) : null;
        if (StatusLineCommand.RunsLinesmith(command, stable))
        {
            return ("again (Claude Code already runs linesmith)", $"Claude Code's statusLine runs {stable} ({settings})");
        }

        return command is null
            ? ("set Claude Code's statusLine to linesmith", $"no statusLine yet in {settings}")
            : ("replace the other program (refused here: 'linesmith install --force')", $"Claude Code's statusLine runs another program: {command} ({settings})");
    }

    /// <summary>Runs <c>linesmith install --config PATH</c> and returns what it said.</summary>
    public string Install(string configPath)
    {
        if (Linesmith is not { } binary || !File.Exists(binary))
        {
            return "linesmith is not installed next to this editor";
        }

        var start = new ProcessStartInfo(binary)
        {
            ArgumentList = { "install", "--config", configPath },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start);
        if (process is null)
        {
            return $"could not start {binary}";
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var text = (output.Result + error).Trim().ReplaceLineEndings(" ");
        return Text.TerminalText.Sanitize(text);
    }
}
