using Linesmith.Input;

namespace Linesmith.Tests.Input;

/// <summary>docs/guarantees.md: every number of the stdin payload is range-checked once it is read.</summary>
public sealed class PayloadRangesTests
{
    private static (Linesmith.Input.Payload.StatusPayload Payload, List<string> Warnings) Read(string json)
    {
        var payload = PayloadReader.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out _)!;
        var warnings = new List<string>();
        PayloadRanges.Apply(payload, warnings.Add);
        return (payload, warnings);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1000001")]
    [InlineData("1e308")]
    public void A_cost_outside_its_range_is_dropped_with_a_warning(string value)
    {
        var (payload, warnings) = Read($$$"""{"cost":{"total_cost_usd":{{{value}}},"total_lines_added":3}}""");

        Assert.Null(payload.Cost!.TotalCostUsd);
        Assert.Equal(3, payload.Cost.TotalLinesAdded);
        var warning = Assert.Single(warnings);
        Assert.StartsWith("stdin cost.total_cost_usd: expected a number from 0 to 1000000, found ", warning, StringComparison.Ordinal);
        Assert.EndsWith("; ignored", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_duration_in_microseconds_is_dropped()
    {
        var (payload, warnings) = Read("""{"cost":{"total_duration_ms":9223372036854775807}}""");

        Assert.Null(payload.Cost!.TotalDurationMs);
        Assert.Equal(["stdin cost.total_duration_ms: expected a number from 0 to 31622400000, found 9.223372036854776E+18; ignored"], warnings);
    }

    [Theory]
    [InlineData("""{"context_window":{"context_window_size":0}}""")]
    [InlineData("""{"context_window":{"current_usage":{"input_tokens":-5}}}""")]
    [InlineData("""{"rate_limits":{"five_hour":{"used_percentage":1e6}}}""")]
    public void Each_kind_of_number_has_its_range(string json)
    {
        Assert.Single(Read(json).Warnings);
    }

    [Theory]
    [InlineData("""{"cost":{"total_cost_usd":0,"total_duration_ms":3600000,"total_lines_added":0}}""")]
    [InlineData("""{"context_window":{"context_window_size":1000000,"used_percentage":42,"current_usage":{"cache_read_input_tokens":180000}}}""")]
    [InlineData("""{"rate_limits":{"five_hour":{"used_percentage":104.2},"seven_day":{"used_percentage":0}}}""")]
    public void Real_numbers_pass_untouched(string json)
    {
        Assert.Empty(Read(json).Warnings);
    }
}
