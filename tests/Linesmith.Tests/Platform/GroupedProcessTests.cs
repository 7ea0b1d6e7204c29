using System.Globalization;
using System.Text;
using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>A child in its own process group, killed as a whole when it ends or at the bound.</summary>
public sealed class GroupedProcessTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static GroupedOutcome Shell(string script, TimeSpan timeout, int maxOutputBytes = 1 << 20, params string[] environment) =>
        GroupedProcess.Run("/bin/sh", ["-c", script], environment, timeout, maxOutputBytes);

    [Fact]
    public void Output_and_exit_code_are_returned_and_the_environment_is_exactly_the_one_given()
    {
        var outcome = Shell("printf '%s|%s' \"$ONLY\" \"${HOME:-unset}\"; exit 3", Generous, 1 << 20, "ONLY=this");

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("this|unset", Encoding.UTF8.GetString(outcome.Stdout));
        Assert.False(outcome.TimedOut);
    }

    [Fact]
    public void The_child_leads_a_process_group_of_its_own()
    {
        var outcome = Shell("ps -o pgid= -p $$; echo $$", Generous);

        var lines = Encoding.UTF8.GetString(outcome.Stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(lines[1], lines[0]);
        Assert.NotEqual(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), lines[0]);
    }

    [Fact]
    public void What_the_child_left_in_the_background_dies_with_it_even_when_it_exited_by_itself()
    {
        var pids = _dir.Join("pids");
        var outcome = Shell($"sleep 300 & echo $! > '{pids}'; echo done", Generous);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("done\n", Encoding.UTF8.GetString(outcome.Stdout));
        AssertGone(pids);
    }

    [Fact]
    public void At_the_bound_the_whole_group_is_killed_and_the_run_returns()
    {
        var pids = _dir.Join("pids");
        var outcome = Shell($"sleep 300 & echo $! > '{pids}'; echo $$ >> '{pids}'; echo started; sleep 300", TimeSpan.FromMilliseconds(300));

        Assert.True(outcome.TimedOut);
        Assert.Null(outcome.ExitCode);
        AssertGone(pids);
    }

    [Fact]
    public void Output_past_the_cap_stops_the_run_with_the_first_bytes_kept()
    {
        var outcome = Shell("yes", Generous, maxOutputBytes: 1000);

        Assert.True(outcome.Truncated);
        Assert.Null(outcome.ExitCode);
        Assert.Equal(1000, outcome.Stdout.Length);
    }

    [Fact]
    public void A_program_that_cannot_be_started_or_a_nul_in_an_argument_is_a_spawn_failure()
    {
        Assert.NotNull(GroupedProcess.Run(_dir.Join("missing"), [], [], Generous, 100).SpawnFailure);
        Assert.NotNull(GroupedProcess.Run("/bin/sh", ["-c", "true\0"], [], Generous, 100).SpawnFailure);
    }

    [Fact]
    public void A_child_that_closes_its_output_and_keeps_running_is_still_bounded()
    {
        var outcome = Shell("exec >&-; sleep 300", TimeSpan.FromMilliseconds(300));

        Assert.True(outcome.TimedOut);
    }

    private static void AssertGone(string pidsFile)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        var pids = File.ReadAllLines(pidsFile).Select(line => int.Parse(line, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(pids);
        while (pids.Any(Running) && DateTime.UtcNow < until)
        {
            Thread.Sleep(20);
        }

        Assert.DoesNotContain(pids, Running);
    }

    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return !stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
