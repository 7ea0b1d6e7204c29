using System.Text.RegularExpressions;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Rendering;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// docs/hostile-inputs.md for the look (README.md#layout-and-look), through the published binary: colour
/// strings, icon overrides and link targets from the config, the payload and the directory are hostile;
/// the width is absent, zero, negative, huge or not a number; names are wide and combining. The run exits
/// 0 with one sensible line, and the only escape sequences are linesmith's own SGR codes and OSC 8 links
/// with a printable target.
/// </summary>
public sealed partial class LookHostileTests : IDisposable
{
    private const string HostileConfig = """
        [line]
        segments = ["model", "workspace", { type = "flex" }, "git_branch", "context_window", "rate_limit_5h"]
        [layout_options]
        style = "STYLE"
        icons = "nerdfont"
        links = "always"
        overflow = "OVERFLOW"
        link_segments = ["workspace", "model", "git_branch"]
        [style.model]
        fg = "\u001b]0;pwned\u0007"
        bg = "#ff0000\u001b[2J"
        [segments.workspace]
        icon = "\u001b[5m\u009b31m\u202e"
        """;

    private const string HostilePayload = """
        {"model": {"display_name": "模型\u0301 Opus\u001b[31m"},
         "workspace": {"project_dir": "/tmp/\u001b]8;;http://evil\u0007 \u2066dir\u0000", "current_dir": "/tmp"},
         "context_window": {"used_percentage": 42},
         "rate_limits": {"five_hour": {"used_percentage": 22.4}}}
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("powerline", "drop")]
    [InlineData("capsule", "wrap")]
    [InlineData("plain", "wrap")]
    public void Hostile_look_settings_and_payload_reach_the_terminal_only_as_our_own_sequences(string style, string overflow)
    {
        var config = _dir.Join($"{style}.toml");
        File.WriteAllText(config, HostileConfig.Replace("STYLE", style, StringComparison.Ordinal).Replace("OVERFLOW", overflow, StringComparison.Ordinal));

        foreach (var columns in new[] { null, "0", "-1", "1", "5", "30", "65535", "2147483647", "9223372036854775807", "abc" })
        {
            var environment = new Dictionary<string, string>
            {
                ["HOME"] = _dir.Join("home"),
                ["LINESMITH_CACHE_DIR"] = _dir.Join("cache"),
                ["COLORTERM"] = "truecolor",
            };
            if (columns is not null)
            {
                environment["COLUMNS"] = columns;
            }

            var result = ProcessRunner.Run(PublishedBinary.Path, ["--force-color", "--config", config], environment, HostilePayload);

            Assert.Equal(0, result.ExitCode);
            var output = Own().Replace(result.Stdout, string.Empty);
            Assert.DoesNotContain('\u001B', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.DoesNotContain('\u009B', output);
            Assert.DoesNotContain('\u202E', output);
            if (columns is null or "65535")
            {
                Assert.Contains("Opus", output, StringComparison.Ordinal);
            }

            if (columns is "1" or "5" or "30")
            {
                var cells = LineWidth.Cells(int.Parse(columns, System.Globalization.CultureInfo.InvariantCulture), 0)!.Value;
                Assert.All(output.TrimEnd('\n').Split('\n'), line => Assert.True(CellWidth.Of(line) <= cells, $"COLUMNS={columns}: '{line}'"));
            }
        }
    }

    // linesmith's own sequences: SGR, and OSC 8 with a printable ASCII target (or none, to close).
    [GeneratedRegex("\u001B\\[[0-9;]*m|\u001B\\]8;;[!-~]*\u001B\\\\")]
    private static partial Regex Own();
}
