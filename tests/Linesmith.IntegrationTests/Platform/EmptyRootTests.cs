using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Platform;

/// <summary>
/// Issue 16: the binary under test in a root that holds nothing else: no /etc, no /dev (so no
/// /dev/urandom, which the HTTPS tests add where they need it), no /proc, no CA store. The fully static build needs nothing more; a dynamically
/// linked one gets its loader and libraries (and the OpenSSL it loads for TLS) at their paths, and
/// nothing else. Needs root for chroot(2), which CI has.
/// </summary>
[Trait(Needs.Platform, Needs.Linux)]
public sealed class EmptyRootTests : IDisposable
{
    private const string Chroot = "/usr/sbin/chroot";

    private readonly TempDir _temp = new();
    private readonly string _root;

    public EmptyRootTests()
    {
        Assert.True(Mounts.IsRoot, "chroot needs root (CI runs as root)");
        _root = _temp.Join("root");
        Directory.CreateDirectory(_root);
        File.Copy(PublishedBinary.Path, Path.Join(_root, "linesmith"));
        // linesmith-fetch beside it: it makes the usage request (docs/spec/fetcher.md).
        File.Copy(PublishedBinary.FetcherPath, Path.Join(_root, "linesmith-fetch"));
        foreach (var library in ElfImage.RuntimeLibraries(PublishedBinary.Path).Union(ElfImage.RuntimeLibraries(PublishedBinary.FetcherPath)))
        {
            var target = Path.Join(_root, library);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(library, target, overwrite: true);
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_version_and_a_render_are_the_same_inside_as_outside()
    {
        var payload = File.ReadAllText(Path.Join(RepoPaths.Root, "examples", "payload.json"));
        var environment = new Dictionary<string, string> { ["TERM"] = "xterm-256color" };

        var version = ProcessRunner.Run(Chroot, [_root, "/linesmith", "--version"], environment);
        var inside = ProcessRunner.Run(Chroot, [_root, "/linesmith", "--force-color"], environment, payload);
        var outside = ProcessRunner.Run(PublishedBinary.Path, ["--force-color"], environment, payload);

        Assert.True(version.ExitCode == 0, version.Stderr);
        Assert.StartsWith("linesmith ", version.Stdout, StringComparison.Ordinal);
        Assert.True(inside.ExitCode == 0, inside.Stderr);
        Assert.Equal("", inside.Stderr);
        Assert.Contains("Opus", inside.Stdout, StringComparison.Ordinal);
        Assert.Equal(outside.Stdout, inside.Stdout);
    }

    [Fact]
    public void Https_with_no_ca_store_anywhere_fails_with_a_message_that_says_what_to_set()
    {
        using var certificate = new TestCertificate();
        using var server = new TestHttpServer(certificate.Certificate);
        MakeRandomDevice();

        var error = UsageError(RunUsage(server));

        Assert.Equal("NetworkError", error.GetProperty("code").GetString());
        var detail = error.GetProperty("detail").GetString() ?? "";
        Assert.Contains("no trusted CA certificates", detail, StringComparison.Ordinal);
        Assert.Contains("SSL_CERT_FILE", detail, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public void Https_trusts_a_ca_bundle_at_a_usual_place_when_the_system_store_is_missing()
    {
        using var certificate = new TestCertificate();
        using var server = new TestHttpServer(certificate.Certificate);
        MakeRandomDevice();
        Directory.CreateDirectory(Path.Join(_root, "etc", "ssl"));
        File.Copy(certificate.PemPath, Path.Join(_root, "etc", "ssl", "cert.pem"));

        var result = RunUsage(server);

        Assert.Equal(JsonValueKind.Null, UsageRig.Json(result).GetProperty("error").ValueKind);
        Assert.Equal(1, server.RequestCount);
    }

    // The one device file OpenSSL needs; the root still has no /proc, /etc or libc.
    private void MakeRandomDevice()
    {
        Directory.CreateDirectory(Path.Join(_root, "dev"));
        Mounts.Run("mknod", "-m", "444", Path.Join(_root, "dev", "urandom"), "c", "1", "9");
    }

    private ProcessResult RunUsage(TestHttpServer server)
    {
        var claude = Path.Join(_root, "home", ".claude");
        Directory.CreateDirectory(claude);
        File.WriteAllText(Path.Join(claude, ".credentials.json"), $$$"""{"claudeAiOauth":{"accessToken":"{{{UsageRig.Token}}}","scopes":["user:inference"]}}""");
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = "/home",
            ["LINESMITH_API_BASE_URL"] = server.BaseUrl + "/",
            ["LINESMITH_TIMEOUT_MS"] = "10000",
        };
        return ProcessRunner.Run(Chroot, [_root, "/linesmith", "usage", "--json"], environment);
    }

    private static JsonElement UsageError(ProcessResult result)
    {
        var error = UsageRig.Json(result).GetProperty("error");
        Assert.True(error.ValueKind == JsonValueKind.Object, result.Stdout);
        return error;
    }
}
