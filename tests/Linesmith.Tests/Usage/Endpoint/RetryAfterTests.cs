using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>docs/spec/usage-endpoint.md#retry-after Retry-After parsing and docs/spec/edge-cases.md items 18-19.</summary>
public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 19, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("60", 60)]
    [InlineData("  60  ", 60)]
    [InlineData("0", 0)]
    [InlineData("120", 120)]
    [InlineData("86400", 86_400)]
    [InlineData("86401", 86_400)]
    [InlineData("18446744073709551615", 86_400)]
    [InlineData("99999999999999999999999", 86_400)]
    public void Seconds_are_read_and_capped_at_a_day(string header, long seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(header, Now));

    [Theory]
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT")]
    [InlineData("not a date")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("Sun, 19 Apr 2026 17:59:00 GMT")]
    public void Unusable_values_are_no_value(string header) => Assert.Null(RetryAfter.Parse(header, Now));

    [Fact]
    public void A_future_http_date_is_the_time_until_it()
    {
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.Parse("Sun, 19 Apr 2026 18:01:30 GMT", Now));
    }

    [Fact]
    public void A_far_future_http_date_is_capped_at_a_day()
    {
        Assert.Equal(RetryAfter.Cap, RetryAfter.Parse("Fri, 01 Jan 2027 00:00:00 GMT", Now));
    }

    [Fact]
    public void The_obsolete_rfc850_form_is_accepted()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), RetryAfter.Parse("Sunday, 19-Apr-26 18:01:00 GMT", Now));
    }

    [Fact]
    public void No_header_resolves_to_300_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(300), RetryAfter.Resolve(null, Now));
        Assert.Equal(TimeSpan.FromSeconds(300), RetryAfter.Resolve("garbage", Now));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("Sunday, 19-Apr-26 18:00:05 GMT")]
    public void A_retry_after_under_a_minute_resolves_to_a_minute(string header)
    {
        Assert.Equal(RetryAfter.Minimum, RetryAfter.Resolve(header, Now));
        Assert.Equal(TimeSpan.FromSeconds(60), RetryAfter.Minimum);
    }
}
