using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests;

/// <summary>The command line as a person meets it: help, version, wrong usage.</summary>
public sealed class CommandLineTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Theory]
    [InlineData("--version")]
    [InlineData("-V")]
    public void Version_prints_name_and_version(string flag)
    {
        var result = ProcessRunner.Linesmith(NoEnvironment, flag);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("linesmith 0.1.0\n", result.Stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_the_commands(string flag)
    {
        var result = ProcessRunner.Linesmith(NoEnvironment, flag);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cache show [--json]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("cache clear", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Cache_help_describes_the_json_fields()
    {
        var result = ProcessRunner.Linesmith(NoEnvironment, "cache", "show", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cache_path, lock_path, entry, lock, fresh", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("cache")]
    [InlineData("cache", "burn")]
    [InlineData("cache", "show", "--yaml")]
    [InlineData("cache", "clear", "--json")]
    public void Wrong_usage_is_a_short_message_on_stderr_and_exit_code_2(params string[] arguments)
    {
        var result = ProcessRunner.Linesmith(NoEnvironment, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("linesmith: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'linesmith --help' for usage.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
