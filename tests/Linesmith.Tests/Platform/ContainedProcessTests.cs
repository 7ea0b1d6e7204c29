using System.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>
/// The Windows side of <see cref="GroupedProcess"/> (<see cref="ContainedProcess"/>), run here with a
/// containment that records what it was asked and kills the process tree it was given, in place of a
/// Job Object: the program's output is collected, its exit code kept, the bound and the output cap
/// end it, and in every case the containment is told to kill everything before the run returns.
/// </summary>
public sealed class ContainedProcessTests
{
    private static readonly string[] Environment = ["PATH=/usr/bin:/bin", "LC_ALL=C"];

    [Fact]
    public void A_program_that_exits_gives_its_output_and_exit_code_and_everything_is_killed_after()
    {
        using var containment = new RecordingContainment();

        var outcome = ContainedProcess.Run(containment, "/bin/sh", ["-c", "printf 'hello\\n'; exit 3"], Environment, TimeSpan.FromSeconds(30), 1024);

        Assert.Equal("hello\n", System.Text.Encoding.UTF8.GetString(outcome.Stdout));
        Assert.Equal(3, outcome.ExitCode);
        Assert.False(outcome.TimedOut);
        Assert.Equal(["contain", "kill"], containment.Calls);
    }

    [Fact]
    public void The_environment_is_exactly_the_one_given()
    {
        using var containment = new RecordingContainment();

        var outcome = ContainedProcess.Run(containment, "/usr/bin/env", [], ["ONLY=this", "EQUALS=a=b"], TimeSpan.FromSeconds(30), 1024);

        Assert.Equal(["EQUALS=a=b", "ONLY=this"], System.Text.Encoding.UTF8.GetString(outcome.Stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_program_that_outlives_the_bound_is_killed_with_everything_it_started()
    {
        using var containment = new RecordingContainment();
        var started = Stopwatch.GetTimestamp();

        var outcome = ContainedProcess.Run(containment, "/bin/sh", ["-c", "echo started; exec sleep 60"], Environment, TimeSpan.FromMilliseconds(300), 1024);

        Assert.True(outcome.TimedOut);
        Assert.Null(outcome.ExitCode);
        Assert.Contains("kill", containment.Calls);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(30), "the run waited for the program");
        Assert.True(containment.EndedByKill, "the program was still running after the kill");
    }

    [Fact]
    public void Output_past_the_cap_ends_the_run_with_the_first_bytes_only()
    {
        using var containment = new RecordingContainment();

        var outcome = ContainedProcess.Run(containment, "/bin/sh", ["-c", "while :; do echo 0123456789; done"], Environment, TimeSpan.FromSeconds(30), 4096);

        Assert.True(outcome.Truncated);
        Assert.False(outcome.TimedOut);
        Assert.Null(outcome.ExitCode);
        Assert.Equal(4096, outcome.Stdout.Length);
        Assert.StartsWith("0123456789\n", System.Text.Encoding.UTF8.GetString(outcome.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void Stderr_is_drained_so_a_program_that_writes_much_to_it_still_finishes()
    {
        using var containment = new RecordingContainment();

        var outcome = ContainedProcess.Run(containment, "/bin/sh", ["-c", "head -c 1000000 /dev/zero >&2; echo done"], Environment, TimeSpan.FromSeconds(30), 1024);

        Assert.Equal("done\n", System.Text.Encoding.UTF8.GetString(outcome.Stdout));
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public void A_program_that_cannot_be_started_is_a_value_not_an_exception()
    {
        using var containment = new RecordingContainment();

        var outcome = ContainedProcess.Run(containment, "/nonexistent/git", [], Environment, TimeSpan.FromSeconds(30), 1024);

        Assert.NotNull(outcome.SpawnFailure);
        Assert.Empty(containment.Calls);
    }

    /// <summary>Stands in for a Job Object: records the calls, and kills the tree it was given.</summary>
    private sealed class RecordingContainment : IProcessContainment
    {
        public List<string> Calls { get; } = [];

        public Process? Process { get; private set; }

        /// <summary>Whether the program had ended once <see cref="KillAll"/> returned.</summary>
        public bool EndedByKill { get; private set; }

        public bool Contain(Process process)
        {
            Calls.Add("contain");
            Process = process;
            return true;
        }

        public void KillAll()
        {
            Calls.Add("kill");
            try
            {
                Process?.Kill(entireProcessTree: true);
                EndedByKill = Process?.WaitForExit(10_000) == true;
            }
            catch (InvalidOperationException)
            {
                // Exited already.
            }
        }

        public void Dispose()
        {
        }
    }
}
