using System.Diagnostics;
using System.Text;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Bounds;

/// <summary>
/// Issue 11 item 7, nothing but our own SGR colours reaches a terminal: each command runs on a real
/// pseudo-terminal (util-linux <c>script</c>, which records every byte the program writes to it) with
/// stdin, stdout and stderr all the terminal. No byte may set a mode (the runtime's terminfo set-up
/// wrote <c>ESC[?1h ESC=</c> on every command, even <c>--version</c>), set a title or move the cursor;
/// a render with the terminal as stdin gives its hint within the 1 s stdin bound.
/// </summary>
[Trait(Needs.Platform, Needs.Linux)]
public sealed class TerminalModeTests : IDisposable
{
    private readonly TempDir _temp = new();

    public static TheoryData<string, string> Commands => new()
    {
        { "version", "$LINESMITH --version" },
        { "help", "$LINESMITH --help" },
        { "render-stdin-terminal", "$LINESMITH" },
        { "doctor", "$LINESMITH doctor" },
        { "themes", "$LINESMITH themes list" },
        { "presets", "$LINESMITH presets list" },
        { "cache-show", "$LINESMITH cache show" },
        { "usage-no-wait", "$LINESMITH usage --no-wait" },
        { "check-config-hostile-path", "$LINESMITH --check-config --config \"$EVIL\"" },
        { "unknown-command-hostile", "$LINESMITH \"$EVIL\"" },
        { "init-hostile-config", "$LINESMITH init --preset minimal --config \"$HOME/$EVIL/x.toml\"" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_on_a_terminal_writes_no_escape_sequence_but_SGR_colours(string name, string command)
    {
        var transcript = _temp.Join("typescript");
        Directory.CreateDirectory(_temp.Join("home"));
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = _temp.Join("home"),
            ["TERM"] = "xterm-256color",
            ["EVIL"] = "x\u001b]0;PWN\u0007\u001b[?1049h\u009b2J\u202e.toml",
        };

        var stopwatch = Stopwatch.StartNew();
        var result = ShellRun.Script($"script -q -e -c '{command}' \"$T\" </dev/null >/dev/null; echo \"rc=$?\"", new Dictionary<string, string>(environment) { ["T"] = transcript });
        var elapsed = stopwatch.Elapsed;

        var written = Written(File.ReadAllBytes(transcript));
        Assert.True(ShellRun.ExitCodeOf(result) is 0 or 1 or 2, $"{name}: {result.Stdout}");
        Assert.False(string.IsNullOrWhiteSpace(written), $"{name} wrote nothing");
        var withoutSgr = System.Text.RegularExpressions.Regex.Replace(written, "\u001b\\[[0-9;]*m", string.Empty);
        Assert.True(!withoutSgr.Contains('\u001b', StringComparison.Ordinal), $"{name} wrote an escape sequence: {Visible(written)}");
        Assert.DoesNotContain(withoutSgr, c => c < ' ' && c is not ('\r' or '\n') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E');
        Assert.DoesNotContain("PWN", written, StringComparison.Ordinal);
        if (name == "render-stdin-terminal")
        {
            Assert.Contains("linesmith: no input", written, StringComparison.Ordinal);
            Assert.True(elapsed < TimeSpan.FromSeconds(8), $"a render with a terminal as stdin took {elapsed}");
        }
    }

    /// <summary>What the program wrote: the transcript without script's own first and last lines.</summary>
    private static string Written(byte[] transcript)
    {
        var text = Encoding.UTF8.GetString(transcript);
        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var end = text.LastIndexOf("\nScript done", StringComparison.Ordinal);
        return text[start..(end < start ? text.Length : end)];
    }

    private static string Visible(string text) =>
        string.Concat(text.Select(c => c < ' ' || c is >= '\u007F' and <= '\u009F' ? $"\\x{(int)c:x2}" : c.ToString()));

    public void Dispose() => _temp.Dispose();
}
