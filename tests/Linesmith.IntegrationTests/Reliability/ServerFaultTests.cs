using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md, the server side, through the local test server: each fault ends in the error
/// code the spec names, a render that prints one line by itself within its bound, and no garbage in
/// the cache. The token never follows a redirect to another host.
/// </summary>
[Collection(LoadGroup.Name)]
public sealed class ServerFaultTests
{
    [Fact]
    public void A_connection_reset_mid_body_is_a_network_error()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Server.Reply = _ => ServerReply.Usage() with { ResetAfterBodyBytes = 20 };

        Assert.Equal("NetworkError", UsageRig.ErrorCode(rig.Run("usage", "--json")));
        AssertRenderSurvives(rig);
        Assert.Null(rig.Cache.Read().Entry?.Data);
    }

    [Fact]
    public void A_body_trickling_one_byte_a_second_ends_at_the_timeout()
    {
        using var rig = new UsageRig(timeoutMs: 2000);
        rig.Server.Reply = _ => ServerReply.Usage() with { TricklePerByte = TimeSpan.FromSeconds(1) };

        // The body is ~300 bytes: without the deadline this would take five minutes, far past the bound.
        var result = ProcessRunner.Run(PublishedBinary.Path, ["usage", "--json"], rig.Environment, timeout: RenderRunner.Bound);

        Assert.Equal("Timeout", UsageRig.ErrorCode(result));
        AssertRenderSurvives(rig);
    }

    [Fact]
    public void A_200_with_an_html_body_is_a_parse_error_and_is_not_cached_as_data()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Server.Reply = _ => new ServerReply(200, "<!DOCTYPE html><html><body><h1>Gateway</h1>\u001b[31m</body></html>", new Dictionary<string, string> { ["Content-Type"] = "text/html" });

        Assert.Equal("ParseError", UsageRig.ErrorCode(rig.Run("usage", "--json")));
        AssertRenderSurvives(rig);
        Assert.Null(rig.Cache.Read().Entry?.Data);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public void A_redirect_to_another_host_is_not_followed_and_the_token_stays_home(int status)
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        using var elsewhere = new TestHttpServer();
        rig.Server.Reply = _ => ServerReply.WithStatus(status, ("Location", elsewhere.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/api/oauth/usage"));

        var result = rig.Run("usage", "--json");
        AssertRenderSurvives(rig);

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(UsageRig.ErrorCode(result));
        Assert.Equal(0, elsewhere.RequestCount);
        Assert.All(rig.Server.Requests, request => Assert.Equal($"Bearer {UsageRig.Token}", request.Headers["Authorization"]));
    }

    [Fact]
    public void A_tls_handshake_failure_is_a_network_error_and_the_render_goes_on()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        // A listener that answers every connection with plain HTTP: the client gets garbage where the ServerHello should be.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var accepted = 0;
        var answer = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref accepted);
                    await client.GetStream().WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"u8.ToArray());
                }
            }
            catch (Exception exception) when (exception is System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
            {
                // Stopped by the test.
            }
        });
        rig.Environment["LINESMITH_API_BASE_URL"] = $"https://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/";

        var result = rig.Run("usage", "--json");

        Assert.Equal("NetworkError", UsageRig.ErrorCode(result));
        Assert.DoesNotContain(UsageRig.Token, result.Stdout + result.Stderr, StringComparison.Ordinal);
        AssertRenderSurvives(rig);
        listener.Stop();
        Assert.True(accepted >= 1);
        Assert.Equal(0, rig.Server.RequestCount);
    }

    [Fact]
    public void A_server_that_accepts_and_never_answers_ends_at_the_timeout()
    {
        using var rig = new UsageRig(timeoutMs: 1500);
        rig.Server.Hold();

        var result = ProcessRunner.Run(PublishedBinary.Path, ["usage", "--json"], rig.Environment, timeout: RenderRunner.Bound);

        Assert.Equal("Timeout", UsageRig.ErrorCode(result));
        rig.Server.Release();
    }

    /// <summary>A render after the fault (the lock now blocks a retry) prints one safe line by itself.</summary>
    internal static string AssertRenderSurvives(UsageRig rig)
    {
        var config = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig);
        return RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", config));
    }
}
