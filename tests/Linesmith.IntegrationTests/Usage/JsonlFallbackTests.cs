using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>usage-cache.md §5 <c>jsonl_or</c> and §8 through the published binary: without endpoint data the transcripts are summed.</summary>
public sealed class JsonlFallbackTests
{
    [Fact]
    public void Without_credentials_the_transcripts_are_summed_and_no_request_is_made()
    {
        using var rig = new UsageRig();
        File.Delete(Path.Join(rig.Home, ".claude", ".credentials.json"));
        var workspace = Path.Join(rig.Home, ".claude", "projects", "-work-app");
        Directory.CreateDirectory(workspace);
        var at = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Join(workspace, "session.jsonl"),
            $"{{\"timestamp\":\"{at}\",\"message\":{{\"id\":\"m1\",\"usage\":{{\"input_tokens\":400000,\"output_tokens\":20000}}}}}}\n");

        var result = rig.Run("usage", "--json");

        var json = UsageRig.Json(result);
        Assert.Equal("jsonl", json.GetProperty("source").GetString());
        Assert.Equal(420_000UL, json.GetProperty("jsonl").GetProperty("seven_day_tokens").GetUInt64());
        Assert.Equal(420_000UL, json.GetProperty("jsonl").GetProperty("five_hour").GetProperty("tokens").GetUInt64());
        Assert.Equal("NoCredentials", json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(0, rig.Server.RequestCount);
    }
}
