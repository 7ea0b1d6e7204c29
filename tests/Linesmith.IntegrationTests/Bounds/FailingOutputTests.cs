using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Bounds;

/// <summary>
/// docs/guarantees.md, closed or failing output never aborts: with stdout and stderr closed, on
/// <c>/dev/full</c>, or a pipe whose reader has exited (EPIPE), a render exits 0 and every other
/// command exits with the code it has when its output is fine, never 134 (SIGABRT) or 141 (SIGPIPE).
/// </summary>
[Trait(Needs.Platform, Needs.Linux)]
public sealed class FailingOutputTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly Dictionary<string, string> _environment;

    public FailingOutputTests()
    {
        File.WriteAllText(_temp.Join("p.json"), RenderRunner.Payload);
        Directory.CreateDirectory(_temp.Join("home"));
        _environment = new Dictionary<string, string>
        {
            ["HOME"] = _temp.Join("home"),
            ["P"] = _temp.Join("p.json"),
            ["LINESMITH_LOG"] = "debug",
        };
    }

    public static TheoryData<string, string> Commands => new()
    {
        { "render", "" },
        { "render-check-config", "--check-config" },
        { "version", "--version" },
        { "help", "--help" },
        { "unknown-option", "--no-such-option" },
        { "doctor", "doctor" },
        { "cache-show", "cache show" },
        { "usage", "usage --no-wait" },
        { "themes", "themes list" },
        { "presets", "presets list" },
    };

    private static readonly string[] Redirections = [">&- 2>&-", ">/dev/full 2>/dev/full", ">&- 2>/dev/full", ">/dev/full 2>&-"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_exits_with_its_normal_code_when_stdout_and_stderr_are_closed_or_full(string name, string arguments)
    {
        var normal = ExitCode($"$LINESMITH {arguments} <\"$P\" >/dev/null 2>&1");
        Assert.True(normal is 0 or 1 or 2, $"{name}: exit {normal} with working output");
        foreach (var redirection in Redirections)
        {
            var code = ExitCode($"$LINESMITH {arguments} <\"$P\" {redirection}");
            Assert.True(code == normal, $"{name} with {redirection}: exit {code}, {normal} with working output");
        }
    }

    [Fact]
    public void A_render_whose_reader_has_exited_gets_EPIPE_and_exits_0()
    {
        // The reader (true) is gone before the render writes: the write fails with EPIPE, or kills
        // with SIGPIPE (exit 141) if the signal is not ignored.
        var result = ShellRun.Script("exec 3>&1; ( sleep 0.3; $LINESMITH <\"$P\" 2>/dev/null; echo \"rc=$?\" >&3 ) | true; sleep 1", _environment);
        Assert.Equal(0, ShellRun.ExitCodeOf(result));
    }

    [Fact]
    public void Help_whose_reader_has_exited_exits_0()
    {
        var result = ShellRun.Script("exec 3>&1; ( sleep 0.3; $LINESMITH --help; echo \"rc=$?\" >&3 ) | true; sleep 1", _environment);
        Assert.Equal(0, ShellRun.ExitCodeOf(result));
    }

    [Fact]
    public void With_stdout_closed_the_line_lands_in_no_file_the_render_opens()
    {
        // A closed descriptor 1 would be taken by the next open(): the log, a lock. /dev/null takes it first.
        var cacheRoot = _temp.Join("home", ".cache", "linesmith");
        var code = ExitCode("LINESMITH_TIMEOUT_MS=abc $LINESMITH <\"$P\" >&-");
        Assert.Equal(0, code);
        var log = Path.Join(cacheRoot, "linesmith.log");
        Assert.True(File.Exists(log), "the log has the warning about LINESMITH_TIMEOUT_MS");
        Assert.All(File.ReadAllLines(log), line => Assert.Matches("^[0-9]{4}-", line));
    }

    private int ExitCode(string command) => ShellRun.ExitCodeOf(ShellRun.Script($"{command}; echo \"rc=$?\"", _environment));

    public void Dispose() => _temp.Dispose();
}
