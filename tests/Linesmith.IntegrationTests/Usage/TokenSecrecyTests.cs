using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>docs/spec/decisions.md#d7-permissions: the token reaches the server and nothing else: not stdout, stderr, the log or any cache file.</summary>
public sealed class TokenSecrecyTests
{
    public static TheoryData<string> Replies => ["200", "401", "403", "429", "500", "malformed", "oversize"];

    [Theory]
    [MemberData(nameof(Replies))]
    public void The_token_never_leaves_the_request(string reply)
    {
        using var rig = new UsageRig();
        rig.SeedStale();
        rig.Server.Reply = _ => reply switch
        {
            "200" => ServerReply.Usage(),
            "malformed" => new ServerReply(200, "{ \"five_hour\": " + UsageRig.Token),
            "oversize" => new ServerReply(200, new string(' ', 70_000) + "{}"),
            _ => ServerReply.WithStatus(int.Parse(reply, System.Globalization.CultureInfo.InvariantCulture)),
        };

        var results = new[] { rig.Run("usage", "--json"), rig.Run("usage"), rig.Run("usage", "refresh") };

        var request = Assert.Single(rig.Server.Requests);
        Assert.Equal($"Bearer {UsageRig.Token}", request.Headers["Authorization"]);
        Assert.Equal("oauth-2025-04-20", request.Headers["anthropic-beta"]);
        Assert.Equal("linesmith/0.1.0", request.Headers["User-Agent"]);
        Assert.True(File.Exists(Path.Join(rig.CacheRoot, "linesmith.log")));
        foreach (var result in results)
        {
            Assert.DoesNotContain(UsageRig.Token, result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(UsageRig.Token, result.Stderr, StringComparison.Ordinal);
        }

        foreach (var file in Directory.GetFiles(rig.CacheRoot, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(UsageRig.Token, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
