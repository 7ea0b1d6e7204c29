using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>The render's watchdog: its limit, and that it fires or is cancelled.</summary>
public sealed class RunDeadlineTests
{
    [Theory]
    [InlineData(2, 6)]
    [InlineData(0.5, 5)]
    [InlineData(30, 34)]
    public void The_limit_covers_stdin_the_request_and_the_keychain_and_is_never_under_five_seconds(double timeoutSeconds, double expected)
    {
        Assert.Equal(TimeSpan.FromSeconds(expected), RunDeadline.For(TimeSpan.FromSeconds(timeoutSeconds)));
    }

    [Theory]
    [InlineData(2147483647.0)]
    [InlineData(9.2e14)]
    public void The_limit_is_capped_whatever_the_timeout_so_the_watchdog_never_gets_an_invalid_wait(double timeoutMilliseconds)
    {
        var limit = RunDeadline.For(TimeSpan.FromMilliseconds(timeoutMilliseconds));

        Assert.Equal(RunDeadline.MaxLimit, limit);
        Assert.True(limit.TotalMilliseconds < int.MaxValue);
    }

    [Fact]
    public void It_fires_when_the_limit_passes()
    {
        using var fired = new ManualResetEventSlim();
        using var deadline = RunDeadline.Start(TimeSpan.FromMilliseconds(20), _ => fired.Set());

        Assert.True(fired.Wait(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Disposing_it_first_means_it_never_fires()
    {
        using var fired = new ManualResetEventSlim();
        RunDeadline.Start(TimeSpan.FromMilliseconds(200), _ => fired.Set()).Dispose();

        Assert.False(fired.Wait(TimeSpan.FromMilliseconds(600)));
    }

    [Fact]
    public void A_changed_limit_is_measured_from_the_start_and_the_new_action_fires()
    {
        using var first = new ManualResetEventSlim();
        using var second = new ManualResetEventSlim();
        using var deadline = RunDeadline.Start(TimeSpan.FromMinutes(1), _ => first.Set());
        deadline.Change(TimeSpan.FromMilliseconds(50), limit =>
        {
            Assert.Equal(TimeSpan.FromMilliseconds(50), limit);
            second.Set();
        });

        Assert.True(second.Wait(TimeSpan.FromSeconds(30)));
        Assert.False(first.IsSet);
    }

    [Fact]
    public void A_longer_limit_postpones_the_expiry()
    {
        // 2 s, not 100 ms: on a loaded machine more than 100 ms can pass between Start and Change,
        // and the first limit then fires before it is changed (seen under load average 50).
        using var fired = new ManualResetEventSlim();
        using var deadline = RunDeadline.Start(TimeSpan.FromSeconds(2), _ => fired.Set());
        deadline.Change(TimeSpan.FromMinutes(1));

        Assert.False(fired.Wait(TimeSpan.FromSeconds(3)));
    }
}
