using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Credentials;

namespace Linesmith.Tests.Usage.Credentials;

/// <summary>
/// macOS Keychain lookups (docs/spec/credentials.md steps 1-2, docs/spec/edge-cases.md item 58) on any OS: a fake <c>security</c>
/// shell script first on PATH answers by its arguments, and the Keychain path is forced on.
/// </summary>
public sealed class KeychainCredentialsTests : IDisposable
{
    private const string Doc = """{"claudeAiOauth":{"accessToken":"kc-token","scopes":["a"]}}""";
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Item58_exit_0_is_success()
    {
        FakeSecurity($"""echo '{Doc}'""");

        Assert.Equal("kc-token", Provider().Get().Credentials?.AccessToken);
    }

    [Fact]
    public void Item58_exit_44_falls_through_to_the_files()
    {
        FakeSecurity("exit 44");
        var home = _temp.Join("home", ".claude");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Join(home, ".credentials.json"), """{"claudeAiOauth":{"accessToken":"file-token"}}""");

        Assert.Equal("file-token", Provider().Get().Credentials?.AccessToken);
    }

    [Fact]
    public void Item58_status_25_with_stderr_is_remembered_when_nothing_else_is_found()
    {
        FakeSecurity("""
            if [ "$1" = dump-keychain ]; then exit 44; fi
            echo 'keychain locked' >&2; exit 25
            """);

        var error = Provider().Get().Error;

        Assert.Equal(CredentialsErrorCode.SubprocessFailed, error?.Code);
        Assert.Equal("security subprocess failed (status 25: keychain locked)", error?.Display);
    }

    [Fact]
    public void Item58_killed_by_signal_9()
    {
        FakeSecurity("kill -9 $$");

        Assert.Equal("security subprocess failed (terminated by signal 9)", Provider().Get().Error?.Display);
    }

    [Fact]
    public void Item58_long_stderr_is_truncated_to_512_bytes()
    {
        FakeSecurity("head -c 2000 /dev/zero | tr '\\0' x >&2; exit 1");

        var display = Provider().Get().Error!.Display;

        Assert.EndsWith(" (truncated))", display, StringComparison.Ordinal);
        Assert.Contains(new string('x', 512), display, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 513), display, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hanging_security_is_killed_after_the_budget()
    {
        FakeSecurity("exec sleep 30");

        var error = new CredentialsProvider(Environment(), ClaudeDirectories.From(Environment()), useKeychain: true, TimeSpan.FromMilliseconds(200)).Get().Error;

        Assert.Equal("security subprocess failed (timed out)", error?.Display);
    }

    [Fact]
    public void The_user_account_is_passed_when_user_is_set()
    {
        var argsFile = _temp.Join("args");
        FakeSecurity($"""echo "$@" >> '{argsFile}'; exit 44""");

        new CredentialsProvider(Environment().With("USER", "alice"), ClaudeDirectories.From(Environment()), useKeychain: true).Get();

        Assert.Equal("find-generic-password -a alice -w -s Claude Code-credentials", File.ReadAllLines(argsFile)[0]);
    }

    [Fact]
    public void Item58_multi_account_scan_takes_the_newest_claude_item()
    {
        FakeSecurity("""
            case "$*" in
              "find-generic-password -w -s Claude Code-credentials") exit 44 ;;
              dump-keychain) cat <<'DUMP'
            keychain: "/Users/u/Library/Keychains/login.keychain-db"
            class: "genp"
            attributes:
                "mdat"<timedate>=0x32303236  "20260101000000Z\000"
                "svce"<blob>="Claude Code-credentials-old"
            keychain: "/Users/u/Library/Keychains/login.keychain-db"
            class: "genp"
            attributes:
                "mdat"<timedate>=0x32303236  "20260301000000Z\000"
                "svce"<blob>="Other Service"
            keychain: "/Users/u/Library/Keychains/login.keychain-db"
            class: "genp"
            attributes:
                "mdat"<timedate>=0x32303236  "20260201000000Z\000"
                "svce"<blob>="Claude Code-credentials-new"
            DUMP
              ;;
              "find-generic-password -w -s Claude Code-credentials-new") echo '{"claudeAiOauth":{"accessToken":"new-token"}}' ;;
              *) echo '{"claudeAiOauth":{"accessToken":"old-token"}}' ;;
            esac
            """);

        Assert.Equal("new-token", Provider().Get().Credentials?.AccessToken);
    }

    [Fact]
    public void Item58_dump_keeps_only_claude_services_newest_first_undated_last()
    {
        var items = KeychainDump.Parse("""
            keychain: "k"
                "svce"<blob>="Claude Code-credentials-undated"
            keychain: "k"
                "mdat"<timedate>=0x3230  "20260101000000Z\000"
                "svce"<blob>="Claude Code-credentials-a"
            keychain: "k"
                "mdat"<timedate>=0x3230  "20260301000000Z\000"
                "svce"<blob>="Unrelated"
            keychain: "k"
                "mdat"<timedate>=0x3230  "20260201000000Z\000"
                "svce"<blob>="Claude Code-credentials-b"
            """);

        Assert.Equal(
            [new KeychainItem("Claude Code-credentials-b", "20260201000000Z"), new KeychainItem("Claude Code-credentials-a", "20260101000000Z"), new KeychainItem("Claude Code-credentials-undated", null)],
            items);
    }

    private CredentialsProvider Provider() => new(Environment(), ClaudeDirectories.From(Environment()), useKeychain: true);

    private EnvironmentSnapshot Environment() =>
        EnvironmentSnapshot.Of(("PATH", $"{_temp.Join("bin")}:/usr/bin:/bin"), ("HOME", _temp.Join("home")));

    private void FakeSecurity(string body)
    {
        var bin = _temp.Join("bin");
        Directory.CreateDirectory(bin);
        var path = Path.Join(bin, "security");
        File.WriteAllText(path, "#!/bin/sh\n" + body.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
