using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Commands;

/// <summary><c>linesmith uninstall</c>: removes only an entry that runs linesmith, with install's care.</summary>
public sealed class UninstallTests : IDisposable
{
    private readonly HomeRig _rig = new();

    [Fact]
    public void Our_entry_is_removed_and_everything_else_kept()
    {
        _rig.WriteSettings("{\n  \"model\": \"opus\",\n  \"env\": { \"A\": \"ü\" }\n}");
        Assert.Equal(0, _rig.Run("install").ExitCode);
        var installed = _rig.ReadSettings();

        var result = _rig.Run("uninstall");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\n  \"model\": \"opus\",\n  \"env\": {\n    \"A\": \"ü\"\n  }\n}\n", _rig.ReadSettings());
        Assert.Equal(installed, File.ReadAllText(_rig.SettingsPath + ".bak"));
        Assert.Equal($"{_rig.SettingsPath}: statusLine removed (previous content in {_rig.SettingsPath}.bak)\n", result.Stdout);
    }

    [Fact]
    public void Someone_elses_statusLine_is_left_alone()
    {
        const string Theirs = "{\"statusLine\": {\"type\": \"command\", \"command\": \"~/.claude/ccline/ccline\"}}";
        _rig.WriteSettings(Theirs);

        var result = _rig.Run("uninstall");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("statusLine runs another program, not linesmith: ~/.claude/ccline/ccline; left as it is", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Theirs, _rig.ReadSettings());
        Assert.False(File.Exists(_rig.SettingsPath + ".bak"));
    }

    [Fact]
    public void Someone_elses_statusLine_goes_with_force()
    {
        _rig.WriteSettings("{\"statusLine\": {\"type\": \"command\", \"command\": \"ccline\"}, \"model\": \"opus\"}");

        var result = _rig.Run("uninstall", "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\n  \"model\": \"opus\"\n}\n", _rig.ReadSettings());
    }

    [Fact]
    public void Nothing_to_remove_writes_nothing()
    {
        const string Settings = "{\"model\":\"opus\"}";
        _rig.WriteSettings(Settings);

        var result = _rig.Run("uninstall");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{_rig.SettingsPath}: no statusLine entry; nothing changed\n", result.Stdout);
        Assert.Equal(Settings, _rig.ReadSettings());
        Assert.False(File.Exists(_rig.SettingsPath + ".bak"));
    }

    [Fact]
    public void Missing_file_is_not_created()
    {
        var result = _rig.Run("uninstall");

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(_rig.SettingsPath));
    }

    [Fact]
    public void Invalid_file_is_never_overwritten()
    {
        const string Broken = "{\"statusLine\": {\"command\": \"linesmith\"";
        _rig.WriteSettings(Broken);

        var result = _rig.Run("uninstall");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not valid JSON at line 1, column", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Broken, _rig.ReadSettings());
    }

    public void Dispose() => _rig.Dispose();
}
