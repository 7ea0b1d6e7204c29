using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>The <c>usage</c> command line: help, unknown flags, the person-readable output.</summary>
public sealed class UsageCommandTests
{
    [Theory]
    [InlineData("usage", "--bogus")]
    [InlineData("usage", "sideways")]
    [InlineData("usage", "refresh", "--json")]
    public void Unknown_flags_exit_2(params string[] arguments)
    {
        var result = ProcessRunner.Linesmith(new Dictionary<string, string>(), arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("linesmith: unknown", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Usage:\n  linesmith usage [--json] [--no-wait]", "usage", "--help")]
    [InlineData("Usage:\n  linesmith usage refresh", "usage", "refresh", "--help")]
    public void Help_is_printed_with_exit_0(string start, params string[] arguments)
    {
        var result = ProcessRunner.Linesmith(new Dictionary<string, string>(), arguments);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(start, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_person_output_lists_source_buckets_extra_usage_and_limits()
    {
        using var rig = new UsageRig();

        var result = rig.Run("usage");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("source: endpoint (fetched 0s ago)", lines[0]);
        Assert.StartsWith("5h:            42.0%  resets 2030-01-01T00:00:00Z (in ", lines[1], StringComparison.Ordinal);
        Assert.Equal("7d:            13.0%", lines[2]);
        Assert.Equal("7d opus:       -", lines[3]);
        Assert.Equal("extra usage: enabled, 12.5%, 40.00 of 100.00 USD used", lines[6]);
        Assert.Equal("limits: 1", lines[7]);
        Assert.Equal("  weekly_scoped Fable: 82.0%  severity warning", lines[8]);
    }

    [Fact]
    public void A_plain_http_base_to_a_remote_host_is_refused()
    {
        using var rig = new UsageRig();
        rig.Environment["LINESMITH_API_BASE_URL"] = "http://api.anthropic.com";

        var result = rig.Run("usage");

        Assert.Contains("error: NetworkError [Network error] (network error; refusing to send the OAuth token over plain http to api.anthropic.com", result.Stdout, StringComparison.Ordinal);
    }
}
