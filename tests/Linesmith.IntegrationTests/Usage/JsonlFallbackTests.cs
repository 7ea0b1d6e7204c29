using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>docs/spec/usage-cascade.md#algorithm <c>jsonl_or</c> and docs/spec/jsonl-fallback.md through the published binary: without endpoint data the transcripts are summed.</summary>
[Trait(Needs.Platform, Needs.Unix)]
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

    [Fact]
    public void Hourly_use_shows_the_current_block_not_one_that_never_ends()
    {
        // docs/spec/jsonl-fallback.md#the-5-hour-block: 13 hourly entries once showed ~5h: 13k for a block that ended hours ago.
        using var rig = new UsageRig();
        File.Delete(Path.Join(rig.Home, ".claude", ".credentials.json"));
        var workspace = Path.Join(rig.Home, ".claude", "projects", "-work-app");
        Directory.CreateDirectory(workspace);
        var hour = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, DateTimeOffset.UtcNow.Day, DateTimeOffset.UtcNow.Hour, 0, 0, TimeSpan.Zero);
        var lines = Enumerable.Range(0, 13).Select(i =>
        {
            var at = hour.AddHours(i - 12).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            return $"{{\"timestamp\":\"{at}\",\"message\":{{\"id\":\"m{i}\",\"usage\":{{\"input_tokens\":1000}}}}}}\n";
        });
        File.WriteAllText(Path.Join(workspace, "session.jsonl"), string.Concat(lines));

        var json = UsageRig.Json(rig.Run("usage", "--json")).GetProperty("jsonl");

        // Blocks start at hour -12, -7 and -2: the current one holds the last three entries.
        Assert.Equal(13_000UL, json.GetProperty("seven_day_tokens").GetUInt64());
        Assert.Equal(3_000UL, json.GetProperty("five_hour").GetProperty("tokens").GetUInt64());
        Assert.Equal(hour.AddHours(3), json.GetProperty("five_hour").GetProperty("ends_at").GetDateTimeOffset());
    }

    [Fact]
    public void A_repeated_run_uses_the_index_and_an_append_shows_at_once()
    {
        // Issue 11 item 8: the index keeps what was read; an appended line still counts on the next run.
        using var rig = new UsageRig();
        File.Delete(Path.Join(rig.Home, ".claude", ".credentials.json"));
        var workspace = Path.Join(rig.Home, ".claude", "projects", "-work-app");
        Directory.CreateDirectory(workspace);
        var at = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var session = Path.Join(workspace, "session.jsonl");
        File.WriteAllText(session, $"{{\"timestamp\":\"{at}\",\"message\":{{\"id\":\"m1\",\"usage\":{{\"input_tokens\":1000}}}}}}\n");

        var first = UsageRig.Json(rig.Run("usage", "--json")).GetProperty("jsonl");
        var index = Path.Join(rig.CacheRoot, "jsonl-index.bin");
        var written = File.GetLastWriteTimeUtc(index);
        var second = UsageRig.Json(rig.Run("usage", "--json")).GetProperty("jsonl");
        File.AppendAllText(session, $"{{\"timestamp\":\"{at}\",\"message\":{{\"id\":\"m2\",\"usage\":{{\"input_tokens\":234}}}}}}\n");
        var third = UsageRig.Json(rig.Run("usage", "--json")).GetProperty("jsonl");

        Assert.Equal(1_000UL, first.GetProperty("seven_day_tokens").GetUInt64());
        Assert.Equal(1_000UL, second.GetProperty("seven_day_tokens").GetUInt64());
        Assert.Equal(1_234UL, third.GetProperty("seven_day_tokens").GetUInt64());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(index));
        }

        Assert.True(File.GetLastWriteTimeUtc(index) > written, "the append was written to the index");
    }

    [Fact]
    public void A_hostile_index_is_ignored_and_rebuilt()
    {
        using var rig = new UsageRig();
        File.Delete(Path.Join(rig.Home, ".claude", ".credentials.json"));
        var workspace = Path.Join(rig.Home, ".claude", "projects", "-work-app");
        Directory.CreateDirectory(workspace);
        var at = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Join(workspace, "session.jsonl"), $"{{\"timestamp\":\"{at}\",\"message\":{{\"id\":\"m1\",\"usage\":{{\"input_tokens\":1000}}}}}}\n");
        Directory.CreateDirectory(rig.CacheRoot);
        var index = Path.Join(rig.CacheRoot, "jsonl-index.bin");
        File.WriteAllBytes(index, [.. "LSJI"u8, 1, 0, .. new byte[8], 0xFF, 0xFF, 0xFF, 0xFF]);

        var json = UsageRig.Json(rig.Run("usage", "--json")).GetProperty("jsonl");

        Assert.Equal(1_000UL, json.GetProperty("seven_day_tokens").GetUInt64());
        Assert.NotEqual(18, new FileInfo(index).Length);
    }
}
