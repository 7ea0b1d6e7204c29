using System.Text;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md: every nasty input, in every role a file can play, through the published
/// binary. A render exits 0 with one line (the line or a dim hint), by itself within
/// <see cref="RenderRunner.Bound"/> and within the capped GC heap; no control character reaches stdout.
/// </summary>
[Collection(LoadGroup.Name)]
public sealed class CorpusTests
{
    public static TheoryData<string> Names => new(NastyInputs.All().Select(input => input.Name));

    [Fact]
    public void The_corpus_holds_the_shapes_the_issue_names()
    {
        var names = NastyInputs.All().Select(input => input.Name).ToList();
        foreach (var shape in (string[])["truncated", "bom", "utf16", "nul", "deep-nesting", "1e400", "nan", "huge-integers", "duplicate-keys", "wrong-types"])
        {
            Assert.Contains(names, name => name.Contains(shape, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void As_the_stdin_payload_a_render_prints_one_line(string name)
    {
        using var temp = new TempDir();
        var environment = new Dictionary<string, string> { ["HOME"] = temp.Path, ["LINESMITH_CACHE_DIR"] = temp.Join("cache") };
        File.WriteAllText(temp.Join("usage.toml"), RenderRunner.UsageConfig);

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(environment, Input(name)));
        RenderRunner.AssertOneSafeLine(RenderRunner.Render(environment, Input(name), "--config", temp.Join("usage.toml")));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void As_usage_json_usage_lock_credentials_and_config_a_render_prints_one_line(string name)
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        var bytes = Input(name);
        Directory.CreateDirectory(rig.CacheRoot);
        File.WriteAllBytes(rig.CachePath, bytes);
        File.WriteAllBytes(rig.LockPath, bytes);
        File.WriteAllBytes(Path.Join(rig.Home, ".claude", ".credentials.json"), bytes);
        var config = Path.Join(rig.Home, "bad.toml");
        File.WriteAllBytes(config, bytes);
        var good = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(good, RenderRunner.UsageConfig);

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", good));
        RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", config));
        Assert.True(rig.Server.RequestCount <= 1, $"{rig.Server.RequestCount} requests");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void As_the_endpoint_body_a_render_prints_one_line_and_caches_no_garbage(string name)
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        var body = Input(name);
        rig.Server.Reply = _ => new ServerReply(200, Encoding.Latin1.GetString(body));
        var config = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig);

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", config));

        Assert.Equal(1, rig.Server.RequestCount);
        if (File.Exists(rig.CachePath))
        {
            Assert.NotNull(rig.Cache.Read().Entry);
        }
    }

    [Fact]
    public void A_hundred_megabytes_of_whitespace_on_stdin_gives_the_hint_within_the_bound()
    {
        using var temp = new TempDir();
        var environment = new Dictionary<string, string> { ["HOME"] = temp.Path, ["LINESMITH_CACHE_DIR"] = temp.Join("cache") };
        var whitespace = new byte[NastyInputs.HugeWhitespaceBytes];
        whitespace.AsSpan().Fill((byte)' ');

        var line = RenderRunner.AssertOneSafeLine(RenderRunner.Render(environment, whitespace));

        Assert.Contains("linesmith: unreadable input", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_heap_cap_the_corpus_runs_under_is_enforced_by_the_runtime()
    {
        // Proof that "bounded memory" is checked: the same mechanism with a 2 MiB cap kills a render
        // that holds a 900 KB string (the corpus runs under RenderRunner.HeapLimitHex, 64 MiB).
        using var temp = new TempDir();
        var environment = new Dictionary<string, string> { ["HOME"] = temp.Path, ["DOTNET_GCHeapHardLimit"] = "200000" };
        var payload = "{\"model\":{\"display_name\":\"" + new string('x', 900_000) + "\"}}";

        var result = RenderRunner.Render(environment, payload);

        Assert.True(result.ExitCode != 0, $"exit {result.ExitCode}, stdout {result.Stdout.Length} chars: {result.Stdout[..Math.Min(80, result.Stdout.Length)]} {result.Stderr}");
    }

    private static byte[] Input(string name) =>
        NastyInputs.GeneratedNames.Contains(name) ? NastyInputs.Generated(name) : NastyInputs.Stored(name);
}
