using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments.Custom;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments.Custom;

/// <summary>
/// <c>custom_command</c> (issue 14): never runs unconfigured, runs once and caches, serves the cache
/// without running while fresh and while stale, strips escapes unless colours are allowed, bounded output,
/// and a cache that is another command's, torn or not a file is a miss (docs/hostile-inputs.md).
/// The commands are POSIX shell: these run where <c>/bin/sh</c> is.
/// </summary>
public sealed class CustomCommandSegmentTests : IDisposable
{
    private const string Payload = """{"cwd":"$(touch /tmp/linesmith-pwned)","workspace":{"current_dir":"`id`;rm -rf ~"}}""";

    private readonly TempDir _cache = new();
    private readonly TempDir _work = new();

    public void Dispose()
    {
        _cache.Dispose();
        _work.Dispose();
    }

    private SegmentLine Line(DateTimeOffset? now = null, ColorDepth depth = ColorDepth.None) => new()
    {
        CacheRoot = _cache.Path,
        WorkingDirectory = _work.Path,
        Now = now ?? Rendering.RenderHarness.Now,
        Depth = depth,
        Environment = EnvironmentSnapshot.Of(("PATH", "/usr/bin:/bin"), ("COUNTER", _work.Join("runs"))),
    };

    /// <summary>Counts its runs in a file, then prints <paramref name="text"/>.</summary>
    private static string Counting(string text) => $"command = 'echo run >> \"$COUNTER\"; printf \"%s\\n\" \"{text}\"'";

    private int Runs => File.Exists(_work.Join("runs")) ? File.ReadAllLines(_work.Join("runs")).Length : 0;

    [Fact]
    public void Without_a_command_nothing_runs_and_nothing_is_written()
    {
        Assert.Equal(string.Empty, Line().Segment(Payload, "custom_command"));
        Assert.Equal(string.Empty, Line().Segment(Payload, "custom_command", "command = \"   \""));
        Assert.Empty(Directory.GetFileSystemEntries(_cache.Path));
    }

    [Fact]
    public void The_first_render_runs_it_and_caches_the_output_privately()
    {
        Assert.Equal("prod-eu", Line().Segment(Payload, "custom_command", Counting("prod-eu")));

        var file = Assert.Single(Directory.GetFiles(_cache.Path));
        Assert.StartsWith("custom-command-", Path.GetFileName(file), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal(1, Runs);
    }

    [Fact]
    public void A_fresh_output_is_shown_without_running_it()
    {
        _ = Line().Segment(Payload, "custom_command", Counting("one"));

        Assert.Equal("one", Line(Rendering.RenderHarness.Now.AddSeconds(59)).Segment(Payload, "custom_command", Counting("one")));
        Assert.Equal(1, Runs);
    }

    [Fact]
    public void A_stale_output_is_shown_at_once_and_the_render_does_not_run_it()
    {
        _ = Line().Segment(Payload, "custom_command", Counting("old") + "\nttl = 5");

        // No executable to start in a test host: the claim is released, the render still does not wait.
        Assert.Equal("old", Line(Rendering.RenderHarness.Now.AddSeconds(6)).Segment(Payload, "custom_command", Counting("old") + "\nttl = 5"));
        Assert.Equal(1, Runs);
        Assert.Single(Directory.GetFiles(_cache.Path));
    }

    [Fact]
    public void The_background_run_refreshes_a_stale_output_and_releases_its_claim()
    {
        var settings = new CommandSettings("printf new", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), false);
        var path = CommandCache.PathOf(_cache.Path, settings.Command, _work.Path);
        Assert.Null(CommandCache.Write(path, new CommandEntry(settings.Command, _work.Path, Rendering.RenderHarness.Now, 0, "old")));
        Assert.True(CommandCache.TryClaimRefresh(path, DateTimeOffset.UtcNow));
        Assert.False(CommandCache.TryClaimRefresh(path, DateTimeOffset.UtcNow));

        var message = CommandRefresh.Run(settings, _cache.Path, _work.Path, EnvironmentSnapshot.Of(("PATH", "/usr/bin:/bin")), new ManualClock(Rendering.RenderHarness.Now.AddSeconds(10)));

        Assert.StartsWith("ran the command (exit 0)", message, StringComparison.Ordinal);
        Assert.Equal("new", CommandCache.Read(path, settings.Command, _work.Path)!.Output);
        Assert.True(CommandCache.TryClaimRefresh(path, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void A_claim_left_by_a_killed_run_expires()
    {
        var path = CommandCache.PathOf(_cache.Path, "x", _work.Path);
        Assert.True(CommandCache.TryClaimRefresh(path, DateTimeOffset.UtcNow));

        Assert.False(CommandCache.TryClaimRefresh(path, DateTimeOffset.UtcNow.AddSeconds(10)));
        Assert.True(CommandCache.TryClaimRefresh(path, DateTimeOffset.UtcNow.AddMinutes(5)));
    }

    [Fact]
    public void Payload_fields_never_reach_the_command()
    {
        Assert.Equal("$PWD-free", Line().Segment(Payload, "custom_command", "command = 'printf \"%s\" \"\\$PWD-free\"'"));
        Assert.False(File.Exists("/tmp/linesmith-pwned"));
    }

    [Fact]
    public void Escape_sequences_are_stripped_unless_colours_are_allowed()
    {
        const string Command = "command = 'printf \"\\033[31mred\\033[0m \\033]0;title\\007plain\"'";

        Assert.Equal("red plain", Line().Segment(Payload, "custom_command", Command));
        var coloured = Line(depth: ColorDepth.Basic16).Segment(Payload, "custom_command", Command + "\ncolors = true");
        Assert.StartsWith("\u001B[31mred", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("title", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001B]", coloured, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_line_with_text_shows_cut_to_256_characters()
    {
        Assert.Equal("second", Line().Segment(Payload, "custom_command", "command = 'printf \"\\n  \\nsecond\\nthird\"'"));
        Assert.Equal(new string('y', CustomCommandSegment.MaxCharacters), Line().Segment(Payload, "custom_command", "command = 'yes y | tr -d \"\\n\" | head -c 1000000'"));
    }

    [Fact]
    public void A_failing_or_timed_out_command_hides_and_is_cached_as_such()
    {
        Assert.Equal(string.Empty, Line().Segment(Payload, "custom_command", "command = 'echo no; exit 3'"));
        Assert.Equal(string.Empty, Line().Segment(Payload, "custom_command", "command = 'sleep 5; echo late'\ntimeout_ms = 100"));
        Assert.Equal(2, Directory.GetFiles(_cache.Path).Length);
    }

    [Fact]
    public void A_cache_file_of_another_command_or_not_a_file_is_a_miss()
    {
        var settings = new CommandSettings("printf mine", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), false);
        var path = CommandCache.PathOf(_cache.Path, settings.Command, _work.Path);
        Assert.Null(CommandCache.Write(path, new CommandEntry("printf theirs", _work.Path, Rendering.RenderHarness.Now, 0, "theirs")));
        Assert.Equal("mine", Line().Segment(Payload, "custom_command", "command = 'printf mine'"));

        File.Delete(path);
        Directory.CreateDirectory(path);
        Assert.Equal("mine", Line().Segment(Payload, "custom_command", "command = 'printf mine'"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"command":"printf mine","directory":"D","ran_at_ms":1e30,"exit_code":0,"output":"x"}""")]
    [InlineData("""{"command":"printf mine","directory":"D","ran_at_ms":-1,"exit_code":0,"output":"x"}""")]
    [InlineData("""{"command":"printf mine","directory":"D","exit_code":0,"output":"x"}""")]
    public void A_torn_or_strange_cache_file_is_a_miss(string content)
    {
        var path = CommandCache.PathOf(_cache.Path, "printf mine", _work.Path);
        File.WriteAllText(path, content.Replace("\"D\"", System.Text.Json.JsonSerializer.Serialize(_work.Path), StringComparison.Ordinal));

        Assert.Null(CommandCache.Read(path, "printf mine", _work.Path));
    }

    [Fact]
    public void Without_a_trusted_cache_root_it_runs_within_its_timeout_and_writes_nothing()
    {
        var line = new SegmentLine { WorkingDirectory = _work.Path, Environment = EnvironmentSnapshot.Of(("COUNTER", _work.Join("runs"))) };

        Assert.Equal("x", line.Segment(Payload, "custom_command", Counting("x")));
        Assert.Equal("x", line.Segment(Payload, "custom_command", Counting("x")));
        Assert.Equal(2, Runs);
    }

    [Theory]
    [InlineData("timeout_ms = 5001")]
    [InlineData("ttl = 0")]
    public void Bounds_out_of_range_warn(string keys)
    {
        var line = Line();
        _ = line.Segment(Payload, "custom_command", keys);
        Assert.NotEmpty(line.Problems.All);
    }
}
