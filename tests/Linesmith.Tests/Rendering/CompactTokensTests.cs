using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>Compact token counts: docs/spec/rate-limit-segments.md "Compact tokens", docs/spec/edge-cases.md item 62.</summary>
public sealed class CompactTokensTests
{
    [Theory]
    [InlineData(0UL, "0")]
    [InlineData(999UL, "999")]
    [InlineData(5_400UL, "5.4k")]
    [InlineData(1_234UL, "1.2k")]
    [InlineData(10_000UL, "10k")]
    [InlineData(420_000UL, "420k")]
    [InlineData(1_200_000UL, "1.2M")]
    [InlineData(10_000_000UL, "10M")]
    [InlineData(1_200_000_000UL, "1.2G")]
    public void Item62_counts_take_their_unit(ulong tokens, string expected)
    {
        Assert.Equal(expected, CompactTokens.Format(tokens));
    }

    [Theory]
    [InlineData(1_000UL, "1.0k")]
    [InlineData(1_000_000UL, "1.0M")]
    [InlineData(1_000_000_000UL, "1.0G")]
    public void Item62_a_unit_starts_at_one_point_zero(ulong tokens, string expected)
    {
        Assert.Equal(expected, CompactTokens.Format(tokens));
    }

    [Fact]
    public void Item62_just_under_ten_thousand_rounds_to_ten_point_zero()
    {
        Assert.Equal("10.0k", CompactTokens.Format(9_999));
    }

    [Fact]
    public void Item62_just_under_a_million_truncates()
    {
        Assert.Equal("999k", CompactTokens.Format(999_999));
    }

    [Fact]
    public void Item62_the_largest_count_ends_in_g()
    {
        Assert.Equal("18446744073G", CompactTokens.Format(ulong.MaxValue));
    }
}
