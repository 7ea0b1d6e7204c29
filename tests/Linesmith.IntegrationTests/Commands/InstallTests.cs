using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Commands;

/// <summary><c>linesmith install</c> against Claude Code settings files in every state (docs/commands.md).</summary>
[Trait(Needs.Platform, Needs.Unix)]
public sealed class InstallTests : IDisposable
{
    private const string FullSettings = """
        {
          "$schema": "https://json.schemastore.org/claude-code-settings.json",
          "model": "opus",
          "permissions": {
            "allow": ["Bash(git status:*)", "Read(~/.zshrc)"],
            "deny": [],
            "additionalDirectories": ["/srv/ünïcødé/日本語"]
          },
          "env": { "GREETING": "héllo \"wörld\" \u00e9 😀", "EMPTY": "" },
          "hooks": { "PreToolUse": [ { "matcher": "Bash", "hooks": [ { "type": "command", "command": "echo <tag> & 'quoted'" } ] } ] },
          "cleanupPeriodDays": 30,
          "big": 12345678901234567890,
          "ratio": 1.50,
          "flags": [true, false, null],
          "nested": { "deeper": { "deepest": { "list": [1, [2, [3, {}]]] } } }
        }
        """;

    private readonly HomeRig _rig = new();

    private static string Expected(string? refresh = null) => $$"""
        {
          "statusLine": {
            "type": "command",
            "command": "{{HomeRig.Binary}}",
            "padding": 0{{(refresh is null ? string.Empty : $",\n    \"refreshInterval\": {refresh}")}}
          }
        }

        """;

    [Fact]
    public void Missing_file_and_directory_are_created()
    {
        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected(), _rig.ReadSettings());
        Assert.False(File.Exists(_rig.SettingsPath + ".bak"));
        Assert.Equal($"{_rig.SettingsPath}: statusLine set to run {HomeRig.Binary}\n", result.Stdout);
    }

    [Fact]
    public void Claude_config_dir_chooses_the_settings_file()
    {
        var configDir = Path.Join(_rig.Home, "elsewhere");
        _rig.Environment["CLAUDE_CONFIG_DIR"] = configDir;

        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected(), File.ReadAllText(Path.Join(configDir, "settings.json")));
        Assert.False(File.Exists(_rig.SettingsPath));
    }

    [Fact]
    public void Empty_file_gets_the_entry_and_a_backup()
    {
        _rig.WriteSettings(string.Empty);

        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected(), _rig.ReadSettings());
        Assert.Equal(string.Empty, File.ReadAllText(_rig.SettingsPath + ".bak"));
    }

    [Fact]
    public void Full_file_keeps_every_other_key_and_value()
    {
        _rig.WriteSettings(FullSettings);

        var result = _rig.Run("install", "--refresh", "5");

        Assert.Equal(0, result.ExitCode);
        using var before = System.Text.Json.JsonDocument.Parse(FullSettings);
        using var after = System.Text.Json.JsonDocument.Parse(_rig.ReadSettings());
        var keys = after.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([.. before.RootElement.EnumerateObject().Select(p => p.Name), "statusLine"], keys);
        foreach (var property in before.RootElement.EnumerateObject())
        {
            Assert.True(
                System.Text.Json.JsonElement.DeepEquals(property.Value, after.RootElement.GetProperty(property.Name)),
                $"{property.Name} changed: {after.RootElement.GetProperty(property.Name)}");
        }

        Assert.Equal(5, after.RootElement.GetProperty("statusLine").GetProperty("refreshInterval").GetInt32());
        Assert.Contains("\"big\": 12345678901234567890", _rig.ReadSettings(), StringComparison.Ordinal);
        Assert.Contains("/srv/ünïcødé/日本語", _rig.ReadSettings(), StringComparison.Ordinal);
        Assert.Equal(FullSettings, File.ReadAllText(_rig.SettingsPath + ".bak"));
    }

    [Theory]
    [InlineData("{\"model\": \"opus\",\n  \"env\": {\n", "line 3, column 1")]
    [InlineData("{\"model\": \"opus\", // comment\n}", "line 1, column 19")]
    [InlineData("[1, 2]", "is not a JSON object")]
    [InlineData("{\"statusLine\": \"linesmith\"}", "statusLine is not a JSON object")]
    [InlineData("{\"env\": {\"X\": \"\\ud800\"}}", "unpaired \\uD800-\\uDFFF escape at $.env.X")]
    public void Unusable_file_is_never_overwritten(string content, string problem)
    {
        _rig.WriteSettings(content);

        var result = _rig.Run("install", "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(problem, result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("; not changed\n", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(content, _rig.ReadSettings());
        Assert.False(File.Exists(_rig.SettingsPath + ".bak"));
    }

    [Fact]
    public void Read_only_file_is_left_alone()
    {
        _rig.WriteSettings("{\"model\": \"opus\"}");
        File.SetUnixFileMode(_rig.SettingsPath, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var result = _rig.Run("install");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"linesmith: {_rig.SettingsPath} is read-only; not changed\n", result.Stderr);
        Assert.Equal("{\"model\": \"opus\"}", _rig.ReadSettings());
        Assert.False(File.Exists(_rig.SettingsPath + ".bak"));
    }

    [Fact]
    public void Second_install_changes_nothing_byte_for_byte()
    {
        _rig.WriteSettings(FullSettings);
        Assert.Equal(0, _rig.Run("install").ExitCode);
        var settings = File.ReadAllBytes(_rig.SettingsPath);
        var backup = File.ReadAllBytes(_rig.SettingsPath + ".bak");
        var written = File.GetLastWriteTimeUtc(_rig.SettingsPath);

        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{_rig.SettingsPath}: statusLine already runs {HomeRig.Binary}; nothing changed\n", result.Stdout);
        Assert.Equal(settings, File.ReadAllBytes(_rig.SettingsPath));
        Assert.Equal(backup, File.ReadAllBytes(_rig.SettingsPath + ".bak"));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_rig.SettingsPath));
    }

    [Fact]
    public void Another_programs_statusLine_needs_force()
    {
        const string Theirs = "{\"statusLine\": {\"type\": \"command\", \"command\": \"npx ccstatusline\"}}";
        _rig.WriteSettings(Theirs);

        var refused = _rig.Run("install");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("statusLine already runs another program: npx ccstatusline", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(Theirs, _rig.ReadSettings());

        var forced = _rig.Run("install", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(Expected(), _rig.ReadSettings());
        Assert.Equal(Theirs, File.ReadAllText(_rig.SettingsPath + ".bak"));
    }

    [Fact]
    public void Reinstall_without_refresh_keeps_the_interval()
    {
        Assert.Equal(0, _rig.Run("install", "--refresh", "5").ExitCode);
        var settings = File.ReadAllBytes(_rig.SettingsPath);

        var again = _rig.Run("install");
        var changed = _rig.Run("install", "--refresh", "7");

        Assert.Equal(0, again.ExitCode);
        Assert.EndsWith("nothing changed\n", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(settings, File.ReadAllBytes(File.Exists(_rig.SettingsPath + ".bak") ? _rig.SettingsPath + ".bak" : _rig.SettingsPath));
        Assert.Equal(0, changed.ExitCode);
        Assert.Equal(Expected("7"), _rig.ReadSettings());
    }

    [Fact]
    public void An_older_linesmith_entry_is_replaced_without_force()
    {
        _rig.WriteSettings("{\"statusLine\": {\"type\": \"command\", \"command\": \"/opt/old/linesmith --no-color\", \"padding\": 2}}");

        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected(), _rig.ReadSettings());
    }

    [Fact]
    public void Settings_option_chooses_the_file_and_keeps_its_mode()
    {
        var path = Path.Join(_rig.Home, "project", "settings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = _rig.Run("install", "--settings", path, "--refresh", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected("2"), File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(path));
        Assert.False(File.Exists(_rig.SettingsPath));
    }

    [Fact]
    public void A_symlinked_settings_file_is_edited_where_it_points()
    {
        var dotfiles = Path.Join(_rig.Home, "dotfiles", "claude-settings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(dotfiles)!);
        File.WriteAllText(dotfiles, "{\"model\": \"opus\"}");
        Directory.CreateDirectory(_rig.ClaudeDir);
        File.CreateSymbolicLink(_rig.SettingsPath, dotfiles);

        var result = _rig.Run("install");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(dotfiles, new FileInfo(_rig.SettingsPath).LinkTarget);
        Assert.Contains("\"statusLine\"", File.ReadAllText(dotfiles), StringComparison.Ordinal);
        Assert.Equal("{\"model\": \"opus\"}", File.ReadAllText(dotfiles + ".bak"));
    }

    [Theory]
    [InlineData("--refresh", "0")]
    [InlineData("--refresh", "soon")]
    [InlineData("--refresh", "-1")]
    [InlineData("--refresh", "86401")]
    [InlineData("--refresh", "2147483647")]
    [InlineData("--refresh", "9223372036854775807")]
    [InlineData("--refresh", "1e3")]
    [InlineData("--refresh", "1.5")]
    [InlineData("--refresh")]
    [InlineData("--bogus")]
    [InlineData("extra")]
    public void Wrong_options_exit_2_and_touch_nothing(params string[] options)
    {
        var result = _rig.Run(["install", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("linesmith: ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_rig.ClaudeDir));
    }

    public void Dispose() => _rig.Dispose();
}
