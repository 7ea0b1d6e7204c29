using System.Diagnostics;
using System.Text;
using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>
/// <c>linesmith</c>'s side of docs/spec/fetcher.md against real processes standing in for
/// <c>linesmith-fetch</c> (shell scripts): the request on stdin only, the reply read as data from a
/// program that may be missing, broken or hostile (docs/hostile-inputs.md, "the process around us"), and
/// one deadline over all of it. The real fetcher is tested through the published binaries
/// (IntegrationTests/Usage).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FetcherTransportTests : IDisposable
{
    private const string Token = "sk-ant-oat01-fetcher-test-token";

    private static readonly TransportRequest Request =
        new(new Uri("https://api.example.test/api/oauth/usage"), Token, "linesmith/test", TimeSpan.FromMilliseconds(1500));

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Fetcher(string script, string mode = "755")
    {
        var path = _dir.Join("bin", FetcherTransport.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(mode, 8));
        return path;
    }

    private static TransportOutcome Send(string? path, EnvironmentSnapshot? environment = null, TransportRequest? request = null) =>
        new FetcherTransport(path, environment ?? EnvironmentSnapshot.Of(("PATH", "/usr/bin:/bin")), Log.Silent).Send(request ?? Request);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_reply_becomes_the_outcome_with_status_body_and_retry_after()
    {
        var path = Fetcher($"cat >/dev/null; printf '%s' '{{\"status\":429,\"retry_after\":\"120\",\"body\":\"{Base64("{}")}\"}}'");

        var outcome = Send(path);

        Assert.True(outcome.IsResponse);
        Assert.Equal(429, outcome.Status);
        Assert.Equal("120", outcome.RetryAfter);
        Assert.Equal("{}", Encoding.UTF8.GetString(outcome.Body));
    }

    [Fact]
    public void The_request_goes_on_stdin_and_nothing_on_the_command_line()
    {
        var path = Fetcher($"printf '%s' \"$#\" > '{_dir.Join("argc")}'; cat > '{_dir.Join("stdin")}'; printf '{{\"status\":200}}'");

        Send(path);

        Assert.Equal("0", File.ReadAllText(_dir.Join("argc")));
        Assert.Equal(
            "{\"url\":\"https://api.example.test/api/oauth/usage\",\"token\":\"" + Token + "\",\"user_agent\":\"linesmith/test\",\"timeout_ms\":1500}",
            File.ReadAllText(_dir.Join("stdin")));
    }

    [Fact]
    public void The_fetcher_gets_the_run_s_environment_not_the_test_process_s()
    {
        var path = Fetcher("cat >/dev/null; printf '{\"failure\":\"%s|%s\"}' \"$HTTPS_PROXY\" \"${HOME:-unset}\"");

        var outcome = Send(path, EnvironmentSnapshot.Of(("PATH", "/usr/bin:/bin"), ("HTTPS_PROXY", "http://proxy.test:3128")));

        Assert.Equal("linesmith-fetch: http://proxy.test:3128|unset", outcome.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("linesmith")]
    public void An_unknown_own_path_is_a_failure_that_names_the_fetcher(string? processPath)
    {
        var outcome = Send(FetcherTransport.PathBeside(processPath));

        Assert.Equal("linesmith-fetch is not installed next to linesmith", outcome.Failure);
    }

    [Fact]
    public void A_missing_fetcher_is_a_failure_that_names_where_it_was_looked_for()
    {
        var path = FetcherTransport.PathBeside(_dir.Join("bin", "linesmith"));

        var outcome = Send(path);

        Assert.Equal($"linesmith-fetch is not installed next to linesmith ({_dir.Join("bin", "linesmith-fetch")})", outcome.Failure);
    }

    [Theory]
    [InlineData("644")]
    [InlineData("000")]
    public void A_fetcher_that_cannot_be_executed_is_a_failure(string mode)
    {
        var outcome = Send(Fetcher("printf '{\"status\":200}'", mode));

        Assert.StartsWith($"linesmith-fetch could not be started ({_dir.Join("bin", "linesmith-fetch")})", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_in_the_fetcher_s_place_is_a_failure()
    {
        Directory.CreateDirectory(_dir.Join("bin", FetcherTransport.Name));

        var outcome = Send(_dir.Join("bin", FetcherTransport.Name));

        Assert.False(outcome.IsResponse);
        Assert.Contains("linesmith-fetch", outcome.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exit 3", "linesmith-fetch ended with exit code 3 and no reply")]
    [InlineData("printf 'HTTP/1.1 200 OK'", "linesmith-fetch replied with something that is not a reply (exit code 0)")]
    [InlineData("printf 'null'", "linesmith-fetch replied null")]
    [InlineData("printf '[]'", "linesmith-fetch replied with something that is not a reply (exit code 0)")]
    [InlineData("printf '{\"status\":\"200\"}'", "linesmith-fetch replied with something that is not a reply (exit code 0)")]
    [InlineData("printf '{\"status\":200,\"body\":\"@@@\"}'", "linesmith-fetch replied with something that is not a reply (exit code 0)")]
    [InlineData("printf '{\"status\":200}{\"status\":401}'", "linesmith-fetch replied with something that is not a reply (exit code 0)")]
    [InlineData("printf '{\"status\":99999999999}'", "linesmith-fetch replied with something that is not a reply (exit code 0)")]
    [InlineData("printf '{}'", "linesmith-fetch replied with status 0, not an HTTP status")]
    [InlineData("printf '{\"status\":-1}'", "linesmith-fetch replied with status -1, not an HTTP status")]
    [InlineData("printf '{\"status\":600}'", "linesmith-fetch replied with status 600, not an HTTP status")]
    [InlineData("head -c 200000 /dev/zero", "linesmith-fetch replied with more than 98304 bytes")]
    public void A_reply_that_is_not_one_is_a_failure_never_an_exception(string script, string failure)
    {
        var outcome = Send(Fetcher("cat >/dev/null; " + script));

        Assert.False(outcome.IsResponse);
        Assert.StartsWith(failure, outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_over_64_KiB_is_flagged_as_too_large_as_the_transport_flags_it()
    {
        var body = Convert.ToBase64String(new byte[UsageApiParser.MaxBodyBytes + 1]);
        var outcome = Send(Fetcher($"cat >/dev/null; printf '{{\"status\":200,\"body\":\"{body}\"}}'"));

        Assert.True(outcome.BodyTooLarge);
        Assert.Empty(outcome.Body);
    }

    [Theory]
    [InlineData("\\u001b[2J")]
    [InlineData("1\\n2")]
    [InlineData("\\u00e9")]
    public void A_retry_after_with_control_or_non_ASCII_characters_counts_as_absent(string value)
    {
        var outcome = Send(Fetcher($"cat >/dev/null; printf '%s' '{{\"status\":429,\"retry_after\":\"{value}\"}}'"));

        Assert.Equal(429, outcome.Status);
        Assert.Null(outcome.RetryAfter);
    }

    [Fact]
    public void A_retry_after_of_absurd_length_counts_as_absent()
    {
        var outcome = Send(Fetcher($"cat >/dev/null; printf '{{\"status\":429,\"retry_after\":\"{new string('9', FetcherReply.MaxRetryAfterChars + 1)}\"}}'"));

        Assert.Null(outcome.RetryAfter);
    }

    [Fact]
    public void A_failure_detail_loses_its_escape_sequences_and_its_length()
    {
        var outcome = Send(Fetcher($"cat >/dev/null; printf '%s' '{{\"failure\":\"\\u001b]0;owned\\u0007{new string('x', 2000)}\"}}'"));

        Assert.StartsWith("linesmith-fetch: ?]0;owned?xxx", outcome.Failure, StringComparison.Ordinal);
        Assert.Equal("linesmith-fetch: ".Length + FetcherReply.MaxFailureChars, outcome.Failure!.Length);
    }

    [Fact]
    public void A_timed_out_reply_is_a_timeout()
    {
        Assert.True(Send(Fetcher("cat >/dev/null; printf '{\"timed_out\":true}'")).TimedOut);
    }

    [Theory]
    [InlineData("cat >/dev/null; sleep 60")]
    [InlineData("sleep 60")]
    [InlineData("cat >/dev/null; while :; do printf 'xxxxxxxxxxxxxxxx'; done")]
    [InlineData("trap '' TERM; cat >/dev/null; sleep 60")]
    public void A_fetcher_that_does_not_end_is_killed_at_the_request_timeout_plus_the_grace(string script)
    {
        var path = Fetcher(script);
        var started = Stopwatch.GetTimestamp();

        var outcome = Send(path, request: Request with { Timeout = TimeSpan.FromMilliseconds(300) });

        Assert.True(outcome.TimedOut);
        // Far below the script's 60 s: the bound is loose because a loaded machine starts processes slowly.
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_fetcher_that_exits_but_leaves_its_output_open_does_not_hold_the_run()
    {
        var path = Fetcher("cat >/dev/null; (sleep 60 &) ; printf '{\"status\":200'");
        var started = Stopwatch.GetTimestamp();

        var outcome = Send(path, request: Request with { Timeout = TimeSpan.FromMilliseconds(300) });

        Assert.Equal("linesmith-fetch exited, but its output stayed open", outcome.Failure);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_fetcher_that_never_reads_its_stdin_still_gets_an_answer_read()
    {
        var outcome = Send(Fetcher("exec 0<&-; printf '{\"status\":204}'"));

        Assert.Equal(204, outcome.Status);
    }
}
