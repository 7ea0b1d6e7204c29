using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>
/// Stdin readiness without <c>poll</c> (Windows: <c>PeekNamedPipe</c> between pauses): the loop with a
/// scripted pipe and a fake clock, so every outcome is exact and none depends on this machine's load.
/// </summary>
public sealed class PipeWaitTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Data_or_the_end_of_input_is_readable_at_once(bool data)
    {
        var sleeps = new List<TimeSpan>();

        Assert.Equal(Readiness.Ready, PipeWait.Until(() => data ? PipeState.HasData : PipeState.Ended, TimeSpan.FromSeconds(1), () => TimeSpan.Zero, sleeps.Add));
        Assert.Empty(sleeps);
    }

    [Fact]
    public void A_pipe_that_cannot_be_looked_into_cannot_be_told() =>
        Assert.Equal(Readiness.Unknown, PipeWait.Until(() => PipeState.Unknown, TimeSpan.FromSeconds(1), () => TimeSpan.Zero, _ => Assert.Fail("slept")));

    [Fact]
    public void Data_that_arrives_after_a_few_looks_ends_the_wait_with_growing_pauses()
    {
        var clock = TimeSpan.Zero;
        var looks = 0;
        var sleeps = new List<TimeSpan>();

        var ready = PipeWait.Until(() => ++looks < 7 ? PipeState.Empty : PipeState.HasData, TimeSpan.FromSeconds(1), () => clock, pause =>
        {
            sleeps.Add(pause);
            clock += pause;
        });

        Assert.Equal(Readiness.Ready, ready);
        Assert.Equal(7, looks);
        Assert.Equal([1, 2, 4, 8, 10, 10], sleeps.Select(pause => pause.TotalMilliseconds));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(35)]
    [InlineData(1000)]
    public void An_empty_open_pipe_is_not_readable_once_the_timeout_passed_and_no_pause_overshoots_it(int timeoutMs)
    {
        var timeout = TimeSpan.FromMilliseconds(timeoutMs);
        var clock = TimeSpan.Zero;
        var sleeps = new List<TimeSpan>();

        var ready = PipeWait.Until(() => PipeState.Empty, timeout, () => clock, pause =>
        {
            sleeps.Add(pause);
            clock += pause;
        });

        Assert.Equal(Readiness.TimedOut, ready);
        Assert.Equal(timeout, clock);
        Assert.All(sleeps, pause => Assert.InRange(pause, TimeSpan.FromTicks(1), PipeWait.LongestPause));
    }

    [Fact]
    public void A_negative_timeout_looks_once_and_gives_up()
    {
        var looks = 0;

        Assert.Equal(Readiness.TimedOut, PipeWait.Until(() =>
        {
            looks++;
            return PipeState.Empty;
        }, TimeSpan.FromMilliseconds(-5), () => TimeSpan.Zero, _ => Assert.Fail("slept")));
        Assert.Equal(1, looks);
    }
}
