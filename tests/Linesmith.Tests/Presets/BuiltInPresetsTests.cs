using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Presets;
using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Tests.Presets;

/// <summary>The five presets of docs/spec/config.md load with zero config problems.</summary>
public sealed class BuiltInPresetsTests
{
    public static TheoryData<string> Names() => [.. BuiltInPresets.All.Select(preset => preset.Name)];

    [Fact]
    public void The_five_presets_exist_in_order()
    {
        Assert.Equal(["minimal", "developer", "power-user", "cost-focused", "worktree-heavy"], BuiltInPresets.All.Select(preset => preset.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_preset_loads_with_zero_problems(string name)
    {
        var preset = BuiltInPresets.Find(name)!;
        var file = ConfigFile.Parse(preset.Toml, $"{name}.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);
        _ = new LineBuilder(config);
        _ = ThemeResolver.Resolve(config.Theme, null, config.Problems);

        Assert.Empty(file.LocatedProblems());
        Assert.Equal(name, file.Root["preset"]);
        Assert.NotNull(config.Lines);
        Assert.All(config.Lines!.SelectMany(line => line), item => Assert.True(item.SegmentId is null || SegmentTable.Rows.Any(row => row.Id == item.SegmentId), item.SegmentId));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_description_calls_a_preset_the_default_line_only_when_it_is(string name)
    {
        var preset = BuiltInPresets.Find(name)!;
        var config = LinesmithConfig.From(ConfigFile.Parse(preset.Toml, name), EnvironmentSnapshot.Empty);
        var isDefault = config.Lines is [var only] && only.Select(item => item.SegmentId).SequenceEqual(SegmentTable.DefaultLine);

        Assert.Equal(isDefault, preset.Description.Contains("default line", StringComparison.Ordinal));
    }

    [Fact]
    public void Power_user_has_two_lines_with_every_rate_limit()
    {
        var config = LinesmithConfig.From(ConfigFile.Parse(BuiltInPresets.Find("power-user")!.Toml, "power-user.toml"), EnvironmentSnapshot.Empty);

        Assert.Equal(2, config.Lines!.Count);
        Assert.Equal(
            ["rate_limit_5h", "rate_limit_5h_reset", "rate_limit_7d", "rate_limit_7d_reset", "rate_limit_7d_model", "extra_usage"],
            config.Lines[1].Select(item => item.SegmentId));
    }

    [Theory]
    [InlineData("minimal")]
    [InlineData("developer")]
    [InlineData("worktree-heavy")]
    public void Presets_without_rate_limits_never_touch_credentials(string name)
    {
        var config = LinesmithConfig.From(ConfigFile.Parse(BuiltInPresets.Find(name)!.Toml, name), EnvironmentSnapshot.Empty);

        Assert.DoesNotContain(config.Lines!.SelectMany(line => line), item => item.SegmentId?.StartsWith("rate_limit", StringComparison.Ordinal) == true || item.SegmentId == "extra_usage");
    }

    [Fact]
    public void Find_ignores_case_and_rejects_unknown_names()
    {
        Assert.Equal("power-user", BuiltInPresets.Find("Power-User")?.Name);
        Assert.Null(BuiltInPresets.Find("fancy"));
    }
}
