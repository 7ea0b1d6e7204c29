using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.Tests.Diagnostics;

/// <summary>The log: off by default, LINESMITH_LOG levels, a file in the cache root or stderr, redaction.</summary>
public sealed class LogTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(null, "Off")]
    [InlineData("", "Off")]
    [InlineData("debug", "Debug")]
    [InlineData("INFO", "Info")]
    [InlineData("warn", "Warn")]
    [InlineData("error", "Error")]
    [InlineData("off", "Off")]
    public void Levels_are_parsed(string? value, string level) => Assert.Equal(level, Log.ParseLevel(value).ToString());

    [Fact]
    public void Off_by_default_writes_nothing()
    {
        var stderr = new StringWriter();
        var log = Log.FromEnvironment(EnvironmentSnapshot.Empty, CreatableDirectory.LastLevelOf(_temp.Path), CacheRootTrust.Allows, stderr, TimeProvider.System);

        log.Error("boom");

        Assert.False(File.Exists(_temp.Join(Log.FileName)));
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public void Enabled_log_appends_to_the_file_in_the_cache_root()
    {
        var log = Log.FromEnvironment(EnvironmentSnapshot.Of(("LINESMITH_LOG", "info")), CreatableDirectory.LastLevelOf(_temp.Path), CacheRootTrust.Allows, new StringWriter(), TimeProvider.System);

        log.Debug("hidden");
        log.Info("shown");

        var text = File.ReadAllText(_temp.Join(Log.FileName));
        Assert.Contains("INFO", text, StringComparison.Ordinal);
        Assert.Contains("shown", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_cache_root_it_writes_to_stderr()
    {
        var stderr = new StringWriter();
        var log = Log.FromEnvironment(EnvironmentSnapshot.Of(("LINESMITH_LOG", "warn")), null, CacheRootTrust.Allows, stderr, TimeProvider.System);

        log.Warn("careful");

        Assert.Contains("WARN", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("careful", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Persist_errors_pass_the_gate_when_off()
    {
        var log = new Log(LogLevel.Off, _temp.Join(Log.FileName), null, TimeProvider.System);

        log.Persist(LogLevel.Error, "cascade: cache write failed: Io: x");
        log.Persist(LogLevel.Debug, "race-loser");

        var text = File.ReadAllText(_temp.Join(Log.FileName));
        Assert.Contains("cache write failed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("race-loser", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_secrets_are_redacted()
    {
        var log = new Log(LogLevel.Debug, _temp.Join(Log.FileName), null, TimeProvider.System);
        log.Redact("tok-123");

        log.Info("header Bearer tok-123 sent");

        Assert.Contains("Bearer [REDACTED] sent", File.ReadAllText(_temp.Join(Log.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_over_one_mebibyte_is_rotated()
    {
        var path = _temp.Join(Log.FileName);
        File.WriteAllText(path, new string('x', (1024 * 1024) + 1));
        var log = new Log(LogLevel.Info, path, null, TimeProvider.System);

        log.Info("after rotation");

        Assert.EndsWith("after rotation\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length < 200);
        Assert.Equal((1024 * 1024) + 1, new FileInfo(path + ".1").Length);
    }
}
