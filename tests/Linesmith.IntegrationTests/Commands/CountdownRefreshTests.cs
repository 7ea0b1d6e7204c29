using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Commands;

/// <summary>
/// Issue 12 item 7: Claude Code re-runs the status line only on events and every
/// <c>refreshInterval</c> seconds (docs/spec/statusline-contract.md#invocation), so a line with countdowns needs the
/// interval. <c>install</c> sets it and says so, <c>presets apply</c> and <c>init</c> tell the user,
/// <c>doctor</c> warns when it is missing. Through the published binary with real files.
/// </summary>
public sealed class CountdownRefreshTests : IDisposable
{
    private readonly HomeRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private void WriteConfig(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_rig.ConfigPath)!);
        File.WriteAllText(_rig.ConfigPath, text);
    }

    private JsonElement? Interval()
    {
        using var settings = JsonDocument.Parse(_rig.ReadSettings());
        return settings.RootElement.GetProperty("statusLine").TryGetProperty("refreshInterval", out var interval) ? interval.Clone() : null;
    }

    public static TheoryData<string> CountdownLines => new()
    {
        "[line]\nsegments = [\"model\", \"rate_limit_5h_reset\"]\n",
        "[line.1]\nsegments = [\"model\"]\n[line.2]\nsegments = [\"rate_limit_7d_reset\"]\n[segments.rate_limit_7d_reset]\nformat = \"progress\"\n",
        "[line]\nsegments = [\"session_duration\"]\n",
    };

    [Theory]
    [MemberData(nameof(CountdownLines))]
    public void Install_sets_a_minute_for_a_line_with_countdowns_and_says_so(string config)
    {
        WriteConfig(config);

        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(60, Interval()!.Value.GetInt32());
        Assert.Contains("\nrefreshInterval set to 60 s: the line shows countdowns (", result.Stdout, StringComparison.Ordinal);
    }

    public static TheoryData<string?> StillLines => new()
    {
        null,
        "[line]\nsegments = [\"model\", \"rate_limit_5h\", \"cost\"]\n",
        "[line]\nsegments = [\"rate_limit_5h_reset\"]\n[segments.rate_limit_5h_reset]\nformat = \"absolute\"\n",
    };

    [Theory]
    [MemberData(nameof(StillLines))]
    public void Install_sets_no_interval_for_a_line_without_countdowns(string? config)
    {
        if (config is not null)
        {
            WriteConfig(config);
        }

        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Null(Interval());
        Assert.DoesNotContain("refreshInterval", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_asked_for_or_already_there_wins()
    {
        WriteConfig("[line]\nsegments = [\"rate_limit_5h_reset\"]\n");

        Assert.Equal(0, _rig.Run("install", "--refresh", "30").ExitCode);
        Assert.Equal(30, Interval()!.Value.GetInt32());
        var again = _rig.Run("install");

        Assert.Equal(30, Interval()!.Value.GetInt32());
        Assert.Contains("nothing changed", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Install_reads_the_config_it_is_given()
    {
        var other = Path.Join(_rig.Home, "other.toml");
        File.WriteAllText(other, "[line]\nsegments = [\"rate_limit_7d_reset\"]\n");

        Assert.Equal(0, _rig.Run("install", "--config", other).ExitCode);

        Assert.Equal(60, Interval()!.Value.GetInt32());
    }

    [Fact]
    public void Presets_apply_and_init_tell_the_user_about_countdowns()
    {
        var power = _rig.Run("presets", "apply", "power-user");
        var minimal = _rig.Run("presets", "apply", "minimal", "--force");
        var init = _rig.Run("init", "--preset", "power-user", "--force");

        Assert.Equal(0, power.ExitCode);
        Assert.Contains("Countdowns: the line shows countdowns (session_duration, rate_limit_5h_reset, rate_limit_7d_reset)", power.Stdout, StringComparison.Ordinal);
        Assert.Contains("Run 'linesmith install' to set statusLine.refreshInterval to 60 s.", power.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Countdowns", minimal.Stdout, StringComparison.Ordinal);
        Assert.Contains("Countdowns: ", init.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_warns_when_a_line_with_countdowns_has_no_interval_and_passes_once_install_set_it()
    {
        Assert.Equal(0, _rig.Run("presets", "apply", "power-user").ExitCode);
        _rig.WriteSettings($$$"""{"statusLine": {"type": "command", "command": {{{JsonSerializer.Serialize(HomeRig.Binary)}}}, "padding": 0}}""");

        var before = _rig.Run("doctor", "--json");
        Assert.Equal(0, _rig.Run("install").ExitCode);
        var after = _rig.Run("doctor", "--json");

        Assert.StartsWith("warn: statusLine has no refreshInterval, but the line shows countdowns (", DoctorTests.Status(before, "claude code", "refreshInterval"), StringComparison.Ordinal);
        Assert.Equal("pass: 60 s: the countdowns keep moving", DoctorTests.Status(after, "claude code", "refreshInterval"));
    }

    [Fact]
    public void Doctor_says_nothing_about_the_interval_for_a_line_without_countdowns()
    {
        Assert.Equal(0, _rig.Run("install").ExitCode);

        var result = _rig.Run("doctor", "--json");

        Assert.DoesNotContain("refreshInterval", result.Stdout, StringComparison.Ordinal);
    }
}
