using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Tests.Config;

/// <summary>docs/spec/config.md#reading: a whole number from the environment, range-checked where it is read.</summary>
public sealed class EnvironmentIntegerTests
{
    private static long? Read(string? value, out string? problem) =>
        EnvironmentInteger.Read(value is null ? EnvironmentSnapshot.Empty : EnvironmentSnapshot.Of(("N", value)), "N", 100, 60_000, "using 2000", out problem);

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-1", "-1")]
    [InlineData("99", "99")]
    [InlineData("60001", "60001")]
    [InlineData("2147483647", "2147483647")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("9223372036854775808", "\"9223372036854775808\"")]
    [InlineData("1e3", "\"1e3\"")]
    [InlineData("1000.0", "\"1000.0\"")]
    [InlineData("abc", "\"abc\"")]
    [InlineData("NaN", "\"NaN\"")]
    [InlineData("Infinity", "\"Infinity\"")]
    [InlineData("0x10", "\"0x10\"")]
    [InlineData("2s", "\"2s\"")]
    [InlineData(" ", "\" \"")]
    public void A_refused_value_is_null_with_the_one_message(string value, string found)
    {
        Assert.Null(Read(value, out var problem));
        Assert.Equal($"N: expected an integer from 100 to 60000, found {found}; using 2000", problem);
    }

    [Fact]
    public void A_long_value_is_cut_in_the_message()
    {
        Assert.Null(Read(new string('9', 100_000), out var problem));
        Assert.Equal($"N: expected an integer from 100 to 60000, found \"{new string('9', 32)}…\"; using 2000", problem);
    }

    [Theory]
    [InlineData("100", 100)]
    [InlineData("60000", 60_000)]
    [InlineData(" 2500 ", 2500)]
    public void A_value_within_the_range_is_read(string value, long expected)
    {
        Assert.Equal(expected, Read(value, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Unset_or_empty_is_null_without_a_problem(string? value)
    {
        Assert.Null(Read(value, out var problem));
        Assert.Null(problem);
    }
}
