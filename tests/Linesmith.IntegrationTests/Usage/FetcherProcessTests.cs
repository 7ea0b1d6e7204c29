using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// The published <c>linesmith</c> and <c>linesmith-fetch</c> as they meet (docs/spec/fetcher.md,
/// docs/adr/0023-fetcher-in-its-own-executable.md): a render without its fetcher still exits 0 with a
/// line, doctor says what is missing, and the fetcher itself refuses what is not a request and ends
/// within its bound. Every other usage test through the binary goes through the fetcher.
/// </summary>
[Trait("Platform", "Unix")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FetcherProcessTests : IDisposable
{
    // No rate_limits on stdin, so the segment needs the endpoint.
    private const string Payload = """{"model": {"display_name": "Claude Opus 4.5"}, "cwd": "/tmp"}""";

    private readonly UsageRig _rig = new();
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        _rig.Dispose();
        _dir.Dispose();
    }

    /// <summary>A copy of the published linesmith in a folder of its own, with <paramref name="fetcher"/> (if any) as its linesmith-fetch.</summary>
    private string Lonely(string? fetcher = null, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)
    {
        var binary = _dir.Join("bin", "linesmith");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        File.Copy(PublishedBinary.Path, binary);
        if (fetcher is not null)
        {
            File.WriteAllText(_dir.Join("bin", "linesmith-fetch"), fetcher);
            File.SetUnixFileMode(_dir.Join("bin", "linesmith-fetch"), mode);
        }

        return binary;
    }

    private Dictionary<string, string> RenderEnvironment()
    {
        var config = Path.Join(_rig.Home, "linesmith.toml");
        File.WriteAllText(config, "[line]\nsegments = [\"model\", \"rate_limit_5h\"]\n");
        return new Dictionary<string, string>(_rig.Environment) { ["LINESMITH_CONFIG"] = config, ["NO_COLOR"] = "1" };
    }

    public static TheoryData<string?, UnixFileMode> BrokenFetchers => new()
    {
        { null, UnixFileMode.None },
        { "#!/bin/sh\nprintf '{\"status\":200}'\n", UnixFileMode.UserRead | UnixFileMode.UserWrite },
        { "#!/bin/sh\nexit 7\n", UnixFileMode.UserRead | UnixFileMode.UserExecute },
        { "#!/bin/sh\nprintf '\\033]0;owned\\007not json'\n", UnixFileMode.UserRead | UnixFileMode.UserExecute },
        { "\u007fELF garbage", UnixFileMode.UserRead | UnixFileMode.UserExecute },
    };

    [Theory]
    [MemberData(nameof(BrokenFetchers))]
    public void A_render_with_nothing_cached_and_a_missing_or_broken_fetcher_shows_a_bracket_text_and_exits_0(string? fetcher, UnixFileMode mode)
    {
        var binary = Lonely(fetcher, mode);

        var result = ProcessRunner.Run(binary, [], RenderEnvironment(), stdin: Payload);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Opus 4.5 · 5h: [Network error]\n", result.Stdout);
        Assert.DoesNotContain("\u001b", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _rig.Server.RequestCount);
    }

    [Fact]
    public void Doctor_names_the_missing_fetcher_and_where_it_looked()
    {
        var binary = Lonely();

        var result = ProcessRunner.Run(binary, ["doctor"], _rig.Environment);

        Assert.Contains($"linesmith-fetch is not installed next to linesmith ({_dir.Join("bin", "linesmith-fetch")}): no usage request can be made", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_finds_the_fetcher_beside_the_binary_at_the_same_version()
    {
        var version = ProcessRunner.Linesmith(_rig.Environment, "--version").Stdout.Trim().Replace("linesmith ", string.Empty, StringComparison.Ordinal);

        var result = ProcessRunner.Linesmith(_rig.Environment, "doctor");

        Assert.Contains($"linesmith-fetch {version} at {PublishedBinary.FetcherPath}", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_online_asks_the_endpoint_through_the_fetcher()
    {
        var result = ProcessRunner.Linesmith(_rig.Environment, "doctor", "--online");

        Assert.Contains("HTTP 200 from ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, _rig.Server.RequestCount);
    }

    [Fact]
    public void The_fetcher_answers_its_version_and_refuses_other_arguments()
    {
        var version = ProcessRunner.Run(PublishedBinary.FetcherPath, ["--version"], _rig.Environment);
        var bogus = ProcessRunner.Run(PublishedBinary.FetcherPath, ["--url", "http://127.0.0.1:9/"], _rig.Environment);

        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("linesmith-fetch ", version.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, bogus.ExitCode);
        Assert.StartsWith("usage: linesmith-fetch", bogus.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, bogus.Stdout);
    }

    [Theory]
    [InlineData("", "request: not JSON")]
    [InlineData("null", "request: null")]
    [InlineData("{\"url\":\"file:///etc/shadow\",\"token\":\"t\",\"user_agent\":\"u\",\"timeout_ms\":1000}", "request: url: not an absolute http or https URL")]
    [InlineData("{\"url\":\"http://127.0.0.1:9/\",\"token\":\"t\",\"user_agent\":\"u\",\"timeout_ms\":9223372036854775807}", "request: timeout_ms: expected 100 to 60000")]
    [InlineData("{\"url\":\"http://127.0.0.1:9/\",\"token\":\"t\",\"user_agent\":\"u\",\"timeout_ms\":1e3}", "request: not JSON")]
    public void The_fetcher_refuses_what_is_not_a_request_and_sends_nothing(string stdin, string failure)
    {
        var result = ProcessRunner.Run(PublishedBinary.FetcherPath, [], _rig.Environment, stdin: stdin);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(failure, Failure(result.Stdout), StringComparison.Ordinal);
        Assert.Equal(0, _rig.Server.RequestCount);
    }

    [Fact]
    public void The_fetcher_refuses_a_request_over_64_KiB()
    {
        var result = ProcessRunner.Run(PublishedBinary.FetcherPath, [], _rig.Environment, stdin: new string(' ', 64 * 1024 + 1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("request: larger than 65536 bytes", Failure(result.Stdout));
    }

    [Fact]
    public async Task The_fetcher_with_a_stdin_nobody_closes_ends_within_its_input_bound_with_a_timeout()
    {
        using var process = ProcessRunner.Start(PublishedBinary.FetcherPath, [], _rig.Environment);

        var stdout = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), "the fetcher waited for stdin forever");
        Assert.True(JsonDocument.Parse(stdout).RootElement.GetProperty("timed_out").GetBoolean());
        process.StandardInput.Close();
    }

    [Fact]
    public void The_fetcher_makes_the_request_it_is_given_and_replies_with_the_response()
    {
        var request = $$"""{"url":"{{_rig.Server.BaseUrl}}/api/oauth/usage","token":"{{UsageRig.Token}}","user_agent":"linesmith/test","timeout_ms":5000}""";

        var result = ProcessRunner.Run(PublishedBinary.FetcherPath, [], _rig.Environment, stdin: request);

        Assert.Equal(0, result.ExitCode);
        var reply = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(200, reply.GetProperty("status").GetInt32());
        Assert.StartsWith("{", System.Text.Encoding.UTF8.GetString(reply.GetProperty("body").GetBytesFromBase64()), StringComparison.Ordinal);
        Assert.Equal(1, _rig.Server.RequestCount);
        Assert.DoesNotContain(UsageRig.Token, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    private static string Failure(string stdout) => JsonDocument.Parse(stdout).RootElement.GetProperty("failure").GetString()!;
}
