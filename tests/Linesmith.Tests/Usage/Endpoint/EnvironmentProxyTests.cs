using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>docs/spec/usage-endpoint.md#transport proxy variables and docs/spec/edge-cases.md item 22.</summary>
public sealed class EnvironmentProxyTests
{
    private static readonly Uri Api = new("https://api.anthropic.com/api/oauth/usage");

    [Fact]
    public void Item22_bad_https_proxy_warns_once_naming_only_the_variable()
    {
        var (log, stderr) = NewLog();
        var environment = EnvironmentSnapshot.Of(("HTTPS_PROXY", "http://user:s3cret@[bad host:99"));

        Assert.Null(EnvironmentProxy.FromEnvironment(environment, log));
        Assert.Null(EnvironmentProxy.FromEnvironment(environment, log));

        var line = Assert.Single(LogLines.Of(stderr));
        Assert.Contains("HTTPS_PROXY", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("user", line, StringComparison.Ordinal);
        Assert.DoesNotContain("bad host", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Item22_with_several_bad_variables_only_all_proxy_is_named()
    {
        var (log, stderr) = NewLog();
        var environment = EnvironmentSnapshot.Of(("HTTPS_PROXY", "::bad::"), ("ALL_PROXY", "::bad::"), ("http_proxy", "::bad::"));

        EnvironmentProxy.FromEnvironment(environment, log);

        var line = Assert.Single(LogLines.Of(stderr));
        Assert.Contains("ALL_PROXY", line, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTPS_PROXY", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Item22_empty_value_is_unset_without_warning()
    {
        var (log, stderr) = NewLog();

        Assert.Null(EnvironmentProxy.FromEnvironment(EnvironmentSnapshot.Of(("HTTPS_PROXY", "")), log));
        Assert.Empty(LogLines.Of(stderr));
    }

    [Fact]
    public void Https_proxy_is_used_for_https_and_no_proxy_bypasses()
    {
        var (log, _) = NewLog();
        var proxy = EnvironmentProxy.FromEnvironment(EnvironmentSnapshot.Of(("https_proxy", "proxy.local:3128"), ("NO_PROXY", "example.com,.internal")), log)!;

        Assert.Equal(new Uri("http://proxy.local:3128"), proxy.GetProxy(Api));
        Assert.Null(proxy.GetProxy(new Uri("https://api.example.com/x")));
        Assert.Null(proxy.GetProxy(new Uri("https://db.internal/x")));
    }

    [Fact]
    public void All_proxy_applies_when_no_scheme_specific_one_is_set()
    {
        var (log, _) = NewLog();
        var proxy = EnvironmentProxy.FromEnvironment(EnvironmentSnapshot.Of(("ALL_PROXY", "socks5://127.0.0.1:1080")), log)!;

        Assert.Equal(new Uri("socks5://127.0.0.1:1080"), proxy.GetProxy(Api));
    }

    private static (Log Log, StringWriter Stderr) NewLog()
    {
        var stderr = new StringWriter();
        return (new Log(LogLevel.Warn, null, stderr, TimeProvider.System), stderr);
    }
}
