using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Presets;

namespace Linesmith.IntegrationTests.Commands;

/// <summary><c>init</c>, <c>presets list</c> and <c>presets apply</c>: round trips through the config file.</summary>
public sealed class PresetTests : IDisposable
{
    private readonly HomeRig _rig = new();

    public static TheoryData<string> PresetNames() => [.. BuiltInPresets.All.Select(preset => preset.Name)];

    [Fact]
    public void Init_writes_the_developer_preset_and_check_config_accepts_it()
    {
        var result = _rig.Run("init");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"wrote the 'developer' preset to {_rig.ConfigPath}\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(PresetWriter.Text(BuiltInPresets.Find("developer")!), File.ReadAllText(_rig.ConfigPath));
        var check = _rig.Run("--check-config");
        Assert.Equal(0, check.ExitCode);
        Assert.Equal($"{_rig.ConfigPath}: OK\n", check.Stdout);
    }

    [Fact]
    public void Init_never_overwrites_without_force()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_rig.ConfigPath)!);
        File.WriteAllText(_rig.ConfigPath, "theme = \"nord\" # mine\n");

        var refused = _rig.Run("init", "--preset", "minimal");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{_rig.ConfigPath} already exists; not changed", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("theme = \"nord\" # mine\n", File.ReadAllText(_rig.ConfigPath));

        var forced = _rig.Run("init", "--preset", "minimal", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(PresetWriter.Text(BuiltInPresets.Find("minimal")!), File.ReadAllText(_rig.ConfigPath));
        Assert.Equal("theme = \"nord\" # mine\n", File.ReadAllText(_rig.ConfigPath + ".bak"));
    }

    [Fact]
    public void Init_never_prompts_when_stdin_is_not_a_terminal()
    {
        var result = ProcessRunner.Run(PublishedBinary.Path, ["init"], _rig.Environment, stdin: "3\n");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Preset [", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("preset = \"developer\"", File.ReadAllText(_rig.ConfigPath), StringComparison.Ordinal);
    }

    [Trait(Needs.Platform, Needs.Linux)]
    [Fact]
    public void Init_asks_for_a_preset_on_a_terminal()
    {
        // script(1) gives the binary a pseudo-terminal as stdin; the answer "3" is typed into it.
        var command = $"'{PublishedBinary.Path}' init";
        var result = ProcessRunner.Run("script", ["-qec", command, "/dev/null"], _rig.Environment, stdin: "3\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  3. power-user     two lines", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Preset [developer]: ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(PresetWriter.Text(BuiltInPresets.Find("power-user")!), File.ReadAllText(_rig.ConfigPath));
    }

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Every_preset_applies_and_passes_check_config(string name)
    {
        var applied = _rig.Run("presets", "apply", name);
        var check = _rig.Run("--check-config", "--config", _rig.ConfigPath);

        Assert.Equal(0, applied.ExitCode);
        // power-user has countdowns, so apply also says that install sets refreshInterval (CountdownRefreshTests).
        Assert.StartsWith($"wrote the '{name}' preset to {_rig.ConfigPath}\n", applied.Stdout, StringComparison.Ordinal);
        Assert.Equal(name == "power-user" ? 3 : 2, applied.Stdout.Count(c => c == '\n'));
        Assert.Equal(0, check.ExitCode);
        Assert.Equal($"{_rig.ConfigPath}: OK\n", check.Stdout);
    }

    [Fact]
    public void Apply_backs_up_the_previous_config_and_list_marks_the_new_one()
    {
        Assert.Equal(0, _rig.Run("init").ExitCode);
        var developer = File.ReadAllText(_rig.ConfigPath);

        var refused = _rig.Run("presets", "apply", "power-user");
        var applied = _rig.Run("presets", "apply", "power-user", "--force");
        var again = _rig.Run("presets", "apply", "power-user");
        var list = _rig.Run("presets", "list");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(0, applied.ExitCode);
        Assert.Equal(developer, File.ReadAllText(_rig.ConfigPath + ".bak"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already holds the 'power-user' preset; nothing changed", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("* power-user     two lines", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("  developer      ", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_user_renders_two_lines()
    {
        Assert.Equal(0, _rig.Run("presets", "apply", "power-user").ExitCode);

        var result = ProcessRunner.Run(PublishedBinary.Path, ["--no-color"], _rig.Environment, stdin: """{"model":{"display_name":"Opus"},"rate_limits":{"five_hour":{"used_percentage":10,"resets_at":4102444800},"seven_day":{"used_percentage":20,"resets_at":4102444800}}}""");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Theory]
    [InlineData("presets", "apply", "fancy")]
    [InlineData("presets", "apply")]
    [InlineData("presets")]
    [InlineData("presets", "remove")]
    [InlineData("init", "--preset", "fancy")]
    [InlineData("init", "--interactive")]
    public void Wrong_usage_exits_2_and_writes_nothing(params string[] arguments)
    {
        var result = _rig.Run(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("linesmith: ", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_rig.ConfigPath));
    }

    public void Dispose() => _rig.Dispose();
}
