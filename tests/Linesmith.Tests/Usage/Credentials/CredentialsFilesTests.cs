using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Credentials;

namespace Linesmith.Tests.Usage.Credentials;

/// <summary>The file cascade of docs/spec/credentials.md step 3, docs/spec/edge-cases.md items 55-57.</summary>
public sealed class CredentialsFilesTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Item55_a_file_over_one_megabyte_is_an_io_error()
    {
        var path = Write("home/.claude", new string(' ', 1_000_000 + 1024) + "{}");

        var error = CredentialsFiles.ReadOne(path)?.Error;

        Assert.Equal(CredentialsErrorCode.IoError, error?.Code);
        Assert.Equal($"failed to read credentials file {path}: invalid data (larger than 1000000 bytes)", error?.Display);
    }

    [Fact]
    public void A_stat_error_other_than_missing_or_denied_stops_the_cascade()
    {
        var env = _temp.Join("env");
        Directory.CreateDirectory(env);
        File.CreateSymbolicLink(Path.Join(env, "loop"), Path.Join(env, ".credentials.json"));
        File.CreateSymbolicLink(Path.Join(env, ".credentials.json"), Path.Join(env, "loop"));
        Write("home/.claude", Doc("legacy-token"));

        Assert.Equal(CredentialsErrorCode.IoError, Read(("CLAUDE_CONFIG_DIR", env), ("HOME", _temp.Join("home")))?.Error?.Code);
    }

    [Fact]
    public void Non_utf8_file_is_an_io_error()
    {
        var path = Path.Join(_temp.Path, "bad.json");
        File.WriteAllBytes(path, [0xFF, 0xFE, 0xFD]);

        Assert.Equal(CredentialsErrorCode.IoError, CredentialsFiles.ReadOne(path)?.Error?.Code);
    }

    [Fact]
    public void Item56_candidate_order_with_everything_set()
    {
        var environment = EnvironmentSnapshot.Of(("CLAUDE_CONFIG_DIR", "/env"), ("XDG_CONFIG_HOME", "/xdg"), ("HOME", "/home/u"));

        Assert.Equal(["/env/.credentials.json", "/xdg/claude/.credentials.json", "/home/u/.claude/.credentials.json"], CredentialsFiles.Candidates(ClaudeDirectories.From(environment)));
    }

    [Fact]
    public void Item56_xdg_defaults_to_home_config_and_env_dir_only_when_set()
    {
        var environment = EnvironmentSnapshot.Of(("CLAUDE_CONFIG_DIR", ""), ("HOME", "/home/u"));

        Assert.Equal(["/home/u/.config/claude/.credentials.json", "/home/u/.claude/.credentials.json"], CredentialsFiles.Candidates(ClaudeDirectories.From(environment)));
    }

    [Fact]
    public void Item56_xdg_is_probed_without_home_and_legacy_needs_home() =>
        Assert.Equal(["/xdg/claude/.credentials.json"], CredentialsFiles.Candidates(ClaudeDirectories.From(EnvironmentSnapshot.Of(("XDG_CONFIG_HOME", "/xdg")))));

    [Fact]
    public void Item57_xdg_wins_when_both_files_exist()
    {
        Write("xdg/claude", Doc("xdg-token"));
        Write("home/.claude", Doc("legacy-token"));

        Assert.Equal("xdg-token", Read(("XDG_CONFIG_HOME", _temp.Join("xdg")), ("HOME", _temp.Join("home")))?.Credentials?.AccessToken);
    }

    [Fact]
    public void Item57_env_dir_without_the_file_falls_through_to_xdg()
    {
        Directory.CreateDirectory(_temp.Join("env"));
        Write("xdg/claude", Doc("xdg-token"));

        Assert.Equal("xdg-token", Read(("CLAUDE_CONFIG_DIR", _temp.Join("env")), ("XDG_CONFIG_HOME", _temp.Join("xdg")))?.Credentials?.AccessToken);
    }

    [Fact]
    public void Item57_a_bad_first_file_is_final()
    {
        Write("env", "{ broken");
        Write("home/.claude", Doc("legacy-token"));

        Assert.Equal(CredentialsErrorCode.ParseError, Read(("CLAUDE_CONFIG_DIR", _temp.Join("env")), ("HOME", _temp.Join("home")))?.Error?.Code);
    }

    [Fact]
    public void Item57_no_files_or_no_home_is_no_credentials()
    {
        Assert.Null(Read(("HOME", _temp.Join("home"))));
        Assert.Equal(CredentialsErrorCode.NoCredentials, new CredentialsProvider(EnvironmentSnapshot.Empty, ClaudeDirectories.From(EnvironmentSnapshot.Empty), useKeychain: false).Get().Error?.Code);
    }

    [Fact]
    public void Provider_is_memoized_per_process()
    {
        Write("home/.claude", Doc("first"));
        var environment = EnvironmentSnapshot.Of(("HOME", _temp.Join("home")));
        var provider = new CredentialsProvider(environment, ClaudeDirectories.From(environment), useKeychain: false);
        var first = provider.Get();
        Write("home/.claude", Doc("second"));

        Assert.Same(first, provider.Get());
        Assert.Equal("first", provider.Get().Credentials?.AccessToken);
    }

    private static CredentialsResult? Read(params (string, string)[] variables) => CredentialsFiles.Read(ClaudeDirectories.From(EnvironmentSnapshot.Of(variables)));

    private static string Doc(string token) => $$$"""{"claudeAiOauth":{"accessToken":"{{{token}}}","scopes":["a","b"]}}""";

    private string Write(string directory, string content)
    {
        var dir = _temp.Join(directory);
        Directory.CreateDirectory(dir);
        var path = Path.Join(dir, CredentialsFiles.FileName);
        File.WriteAllText(path, content);
        return path;
    }
}
