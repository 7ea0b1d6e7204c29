using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Tests.Config;

/// <summary>
/// docs/spec/config.md#reading: every number of the config file is range-checked where it is read, and a refused
/// one is warned about in one format (<see cref="RangeMessage"/>) and replaced by the default.
/// docs/hostile-inputs.md's number row: 0, -1, 2147483647, 9223372036854775807, 1e3, abc, nan/inf, a float where
/// an integer is expected, seconds vs milliseconds.
/// </summary>
public sealed class RangeCheckedSettingsTests
{
    private static (SettingsTable Table, ConfigProblems Problems) Table(string toml)
    {
        var file = ConfigFile.Parse(toml, "c.toml");
        Assert.Empty(file.Problems.All);
        var problems = new ConfigProblems();
        return (new SettingsTable("t", file.Root, problems), problems);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-1", "-1")]
    [InlineData("101", "101")]
    [InlineData("2147483647", "2147483647")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("1e3", "1000.0 (a float)")]
    [InlineData("10.5", "10.5 (a float)")]
    [InlineData("10.0", "10.0 (a float)")]
    [InlineData("nan", "nan (a float)")]
    [InlineData("inf", "inf (a float)")]
    [InlineData("-inf", "-inf (a float)")]
    [InlineData("\"abc\"", "a string")]
    [InlineData("\"10\"", "a string")]
    [InlineData("true", "a boolean")]
    [InlineData("[10]", "an array")]
    [InlineData("{ a = 1 }", "a table")]
    [InlineData("1979-05-27", "a date/time")]
    public void A_refused_integer_warns_in_the_one_format_and_gives_the_fallback(string toml, string found)
    {
        var (table, problems) = Table($"n = {toml}\n");

        Assert.Equal(10, table.GetInteger("n", 10, 1, 100));
        Assert.Equal([$"t.n: expected an integer from 1 to 100, found {found}; using 10"], problems.All.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("100", 100)]
    [InlineData("42", 42)]
    public void An_integer_within_the_range_is_read_silently(string toml, long expected)
    {
        var (table, problems) = Table($"n = {toml}\n");

        Assert.Equal(expected, table.GetInteger("n", 10, 1, 100));
        Assert.Empty(problems.All);
    }

    [Fact]
    public void A_missing_integer_gives_the_fallback_silently()
    {
        var (table, problems) = Table("other = 1\n");

        Assert.Equal(10, table.GetInteger("n", 10, 1, 100));
        Assert.Equal(3, table.GetInteger("x", 3, 1, 5, "ignored"));
        Assert.Empty(problems.All);
    }

    [Fact]
    public void A_caller_with_its_own_consequence_gets_null_and_names_it()
    {
        var (table, problems) = Table("n = 0\n");

        Assert.Null(table.GetInteger("n", 20, 1, 65535, "using format = \"percent\""));
        Assert.Equal(["t.n: expected an integer from 1 to 65535, found 0; using format = \"percent\""], problems.All.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("-0.5", "-0.5")]
    [InlineData("100.5", "100.5")]
    [InlineData("1e3", "1000.0")]
    [InlineData("2147483647", "2147483647")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("nan", "nan")]
    [InlineData("+nan", "nan")]
    [InlineData("inf", "inf")]
    [InlineData("-inf", "-inf")]
    [InlineData("\"abc\"", "a string")]
    public void A_refused_number_warns_in_the_one_format_and_gives_the_fallback(string toml, string found)
    {
        var (table, problems) = Table($"x = {toml}\n");

        Assert.Equal(50, table.GetNumber("x", 50, 0, 100));
        Assert.Equal([$"t.x: expected a number from 0 to 100, found {found}; using 50"], problems.All.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData("12.5", 12.5)]
    public void A_number_within_the_range_is_read_silently_integers_included(string toml, double expected)
    {
        var (table, problems) = Table($"x = {toml}\n");

        Assert.Equal(expected, table.GetNumber("x", 50, 0, 100));
        Assert.Empty(problems.All);
    }

    [Fact]
    public void A_fractional_range_is_written_as_it_is()
    {
        var (table, problems) = Table("x = 0.05\n");

        Assert.Equal(2, table.GetNumber("x", 2, 0.1, 60));
        Assert.Equal(["t.x: expected a number from 0.1 to 60, found 0.05; using 2"], problems.All.Select(p => p.ToString()));
    }

    [Fact]
    public void An_integer_too_large_for_64_bits_is_a_toml_error_and_the_file_keeps_its_defaults()
    {
        var file = ConfigFile.Parse("[usage]\ncache_duration = 9223372036854775808\n", "c.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);

        Assert.Single(file.Problems.All);
        Assert.Equal(new UsageOptions(null, null, null, null), config.Usage);
    }
}
