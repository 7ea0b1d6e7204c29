using System.Text.Json.Nodes;
using Linesmith.Config;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Platform;

namespace Linesmith.IntegrationTests.Editor;

/// <summary>
/// <c>linesmith config</c> used as a person uses it (issue 15): the published <c>linesmith</c> starts the
/// published <c>linesmith-config</c> in a real terminal (tmux), keys are typed, and the test reads the
/// screen and the files written.
/// </summary>
public sealed class ConfigEditorTests
{
    private const string NordPrimary = "38;2;136;192;208";

    private const string Commented = """
        # my statusline, tuned by hand
        theme = "nord"   # the blue one

        [line]
        # the essentials
        segments = ["model", "cost"]  # short

        [layout_options]
        separator = " | "
        color = 'auto'
        """;

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static TmuxSession Start(HomeRig home, int columns = 80, int rows = 24, string arguments = "") =>
        new($"{Quote(HomeRig.Binary)} config{arguments}", columns, rows, home.Environment);

    private static string Ready(TmuxSession session, int columns = 80) => session.WaitFor($"Preview ({columns} columns");

    [Fact]
    public void A_person_with_no_config_builds_two_lines_with_rate_limits_and_a_theme_saves_and_installs_it()
    {
        using var home = new HomeRig();
        var claudeConfig = Path.Join(home.Home, "claude-elsewhere");
        home.Environment["CLAUDE_CONFIG_DIR"] = claudeConfig;
        using var editor = Start(home);
        Ready(editor);

        editor.Keys("n");
        editor.WaitFor("Line 2");
        AddSegment(editor, "rate_limit_5h");
        editor.WaitFor(screen => Preview(screen).Split('\n').Any(row => row.Contains("││5h: 22.4%", StringComparison.Ordinal)), "the 5-hour limit on the preview's second line");
        AddSegment(editor, "rate_limit_7d");
        editor.Keys("t");
        editor.WaitFor("Theme (");
        editor.Keys("Down", "Down");
        editor.Keys("Enter");
        editor.WaitFor("theme nord");
        editor.Keys("C-s");
        var saved = editor.WaitFor("saved ");

        // The preview: both lines, rendered by the real code from the sample payload, in nord's colours.
        Assert.Contains("Opus 4.5 · ctx: 42% · $1.23 · linesmith", saved, StringComparison.Ordinal);
        Assert.Contains("5h: 22.4% · 7d: 61.0%", saved, StringComparison.Ordinal);
        Assert.Contains(NordPrimary, editor.Screen(escapes: true), StringComparison.Ordinal);

        var config = LinesmithConfig.From(ConfigFile.Read(home.ConfigPath), EnvironmentSnapshot.Empty);
        Assert.Empty(config.Problems.All);
        Assert.Equal("nord", config.Theme);
        Assert.Equal(
            [["model", "context_window", "cost", "git_branch", "workspace"], ["rate_limit_5h", "rate_limit_7d"]],
            config.Lines!.Select(line => line.Select(item => item.SegmentId).ToArray()).ToArray());

        editor.Keys("i");
        editor.WaitFor("no statusLine yet");
        editor.Keys("Enter");
        var installed = editor.WaitFor("statusLine set to run");
        Assert.Contains("claude-elsewhere/settings.json", installed.ReplaceLineEndings(string.Empty).Replace("│", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var settings = JsonNode.Parse(File.ReadAllText(Path.Join(claudeConfig, "settings.json")))!;
        Assert.Equal(HomeRig.Binary, (string?)settings["statusLine"]!["command"]);
        Assert.False(File.Exists(home.SettingsPath));

        editor.Keys("q");
        editor.WaitFor("exited 0");
        Assert.False(editor.AlternateScreen);
    }

    [Fact]
    public void A_segments_options_get_the_control_of_their_type_and_the_preview_changes_at_once()
    {
        using var home = new HomeRig();
        Directory.CreateDirectory(Path.GetDirectoryName(home.ConfigPath)!);
        File.WriteAllText(home.ConfigPath, "[line]\nsegments = [\"model\", \"rate_limit_5h\"]\n");
        using var editor = Start(home);
        Ready(editor);

        editor.Keys("Down", "Down");
        editor.Keys("Enter");
        editor.WaitFor("Options of rate_limit_5h");
        editor.Type("format");
        editor.WaitFor("format = (default \"percent\")");
        editor.Keys("Down");
        editor.Keys("Enter");
        editor.WaitFor("rate_limit_5h.format: pick one");
        editor.Keys("Up");
        editor.WaitFor(screen => Preview(screen).Contains("████", StringComparison.Ordinal), "a bar on the preview while 'progress' is highlighted");
        editor.Keys("Enter");
        editor.WaitFor("rate_limit_5h.format = \"progress\"");

        // Back on the option list: a whole number within its range, checked as it is typed.
        editor.Type("progress_width");
        editor.WaitFor("progress_width = (default 20)");
        editor.Keys("Down");
        editor.Keys("Enter");
        editor.WaitFor("type a whole number from 1 to 65535");
        editor.Type("0");
        editor.WaitFor("0 is outside 1 to 65535");
        editor.Keys("BSpace");
        editor.Type("3");
        editor.WaitFor(screen => Preview(screen).Contains('█', StringComparison.Ordinal) && !Preview(screen).Contains("██", StringComparison.Ordinal), "a bar 3 cells wide");
        editor.Keys("Enter");
        editor.WaitFor("rate_limit_5h.progress_width = 3");
        Close(editor);
        editor.Keys("C-s");
        editor.WaitFor("saved ");

        Assert.Equal("[line]\nsegments = [\"model\", \"rate_limit_5h\"]\n\n[segments.rate_limit_5h]\nformat = \"progress\"\nprogress_width = 3\n", File.ReadAllText(home.ConfigPath));
        editor.Keys("q");
        editor.WaitFor("exited 0");
    }

    [Fact]
    public void The_layout_style_and_the_icon_set_are_picked_from_lists_with_an_instant_preview()
    {
        using var home = new HomeRig();
        using var editor = Start(home);
        Ready(editor);

        editor.Keys("l");
        editor.WaitFor("Layout style (");
        editor.Keys("Up");
        editor.Keys("Enter");
        editor.WaitFor("style \"capsule\"");
        editor.Keys("g");
        editor.WaitFor("Icon set (");
        editor.Keys("Up");
        editor.Keys("Enter");
        editor.WaitFor("icons \"off\"");
        editor.Keys("C-s");
        editor.WaitFor("saved ");

        Assert.Equal("[layout_options]\nstyle = \"capsule\"\nicons = \"off\"\n", File.ReadAllText(home.ConfigPath));
        editor.Keys("q");
        editor.WaitFor("exited 0");
    }

    [Fact]
    public void Escape_sequences_in_config_values_and_theme_names_never_reach_the_terminal()
    {
        using var home = new HomeRig();
        var themes = Path.Join(Path.GetDirectoryName(home.ConfigPath)!, "themes");
        Directory.CreateDirectory(themes);
        File.WriteAllText(Path.Join(themes, "evil\u001b]2;pwned\u0007.toml"), "");
        File.WriteAllText(home.ConfigPath, "[line]\nsegments = [\"model\", \"session_name\"]\n\n[segments.session_name]\nlabel = \"\\u001b]2;owned\\u0007x\\u001b[31m\"\n");
        using var editor = Start(home);
        Ready(editor);

        editor.Keys("Down", "Down");
        editor.Keys("Enter");
        editor.WaitFor("Options of session_name");
        Close(editor);
        editor.Keys("t");
        editor.WaitFor("Theme (");
        editor.Type("evil");
        editor.WaitFor("evil");

        var raw = editor.Screen(escapes: true);
        Assert.DoesNotContain("\u001b]2;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", raw, StringComparison.Ordinal);
        Assert.NotEqual("owned", editor.Title);
        Assert.NotEqual("pwned", editor.Title);
        Close(editor);
        editor.Keys("q");
        editor.WaitFor("exited 0");
    }

    [Fact]
    public void Saving_keeps_the_comments_and_formatting_of_everything_not_edited_and_the_old_file_as_bak()
    {
        using var home = new HomeRig();
        Directory.CreateDirectory(Path.GetDirectoryName(home.ConfigPath)!);
        File.WriteAllText(home.ConfigPath, Commented);
        using var editor = Start(home);
        Ready(editor);

        editor.Keys("t");
        editor.WaitFor("Theme (");
        editor.Keys("Down");
        editor.WaitFor(screen => Preview(screen).Contains("Opus 4.5", StringComparison.Ordinal) && !editor.Screen(escapes: true).Contains(NordPrimary, StringComparison.Ordinal), "the preview without nord's colours");
        editor.Keys("Enter");
        editor.Keys("C-s");
        editor.WaitFor("saved ");

        Assert.Equal(Commented.Replace("theme = \"nord\"", "theme = \"dracula\"", StringComparison.Ordinal), File.ReadAllText(home.ConfigPath));
        Assert.Equal(Commented, File.ReadAllText(home.ConfigPath + ".bak"));
        editor.Keys("q");
        editor.WaitFor("exited 0");
    }

    [Fact]
    public void Quitting_with_unsaved_changes_asks_first_and_discarding_writes_nothing()
    {
        using var home = new HomeRig();
        Directory.CreateDirectory(Path.GetDirectoryName(home.ConfigPath)!);
        File.WriteAllText(home.ConfigPath, Commented);
        using var editor = Start(home);
        Ready(editor);

        editor.Keys("Down");
        editor.Keys("d");
        editor.WaitFor("(modified)");
        editor.Keys("q");
        editor.WaitFor("Unsaved changes");
        editor.Keys("Left");
        editor.Keys("Enter");
        editor.WaitFor("exited 0");

        Assert.Equal(Commented, File.ReadAllText(home.ConfigPath));
        Assert.False(File.Exists(home.ConfigPath + ".bak"));
    }

    [Fact]
    public void Without_a_terminal_it_refuses_with_a_clear_message_and_changes_nothing()
    {
        using var home = new HomeRig();

        var piped = home.Run("config");
        var direct = ProcessRunner.Run(PublishedBinary.EditorPath, [], home.Environment);

        foreach (var result in new[] { piped, direct })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("needs a terminal", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Stdout);
        }

        // stdin a terminal, stdout a pipe.
        using var terminal = new TmuxSession($"{Quote(HomeRig.Binary)} config | cat", 80, 24, home.Environment);
        terminal.WaitFor("needs a terminal");
        Assert.False(Directory.Exists(Path.GetDirectoryName(home.ConfigPath)));
    }

    [Fact]
    public void Without_the_editor_beside_it_config_names_what_is_missing()
    {
        using var home = new HomeRig();
        var alone = Path.Join(home.Home, "bin", "linesmith");
        Directory.CreateDirectory(Path.GetDirectoryName(alone)!);
        File.Copy(HomeRig.Binary, alone);

        var result = ProcessRunner.Run(alone, ["config"], home.Environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("linesmith-config is not installed next to", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_termination_signal_ends_it_and_gives_the_terminal_back()
    {
        using var home = new HomeRig();
        var pidFile = Path.Join(home.Home, "editor.pid");
        using var editor = new TmuxSession("sh -c " + Quote($"echo $$ > {Quote(pidFile)}; exec {Quote(PublishedBinary.EditorPath)}"), 80, 24, home.Environment);
        Ready(editor);
        Assert.True(editor.AlternateScreen);

        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        // sh reports how the editor ended: 0, it ran its normal exit path (a signal's default would be 143).
        editor.WaitFor("exited 0");
        Assert.False(editor.AlternateScreen);
    }

    [Fact]
    public void Closing_the_terminal_ends_the_editor_and_disposing_a_session_leaves_no_process()
    {
        using var home = new HomeRig();
        var pidFile = Path.Join(home.Home, "editor.pid");
        int pid;
        using (var editor = new TmuxSession("sh -c " + Quote($"echo $$ > {Quote(pidFile)}; exec {Quote(PublishedBinary.EditorPath)}"), 80, 24, home.Environment))
        {
            Ready(editor);
            pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            editor.CloseTerminal();
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            while (Running(pid) && stopwatch.Elapsed < TmuxSession.Patience)
            {
                Thread.Sleep(100);
            }

            Assert.False(Running(pid), "the editor kept running after its terminal closed");
        }

        using var launched = Start(home);
        Ready(launched);
        var group = launched.ProcessGroup;
        Assert.True(TmuxSession.Alive(group));
        launched.Dispose();
        Assert.False(TmuxSession.Alive(group), "linesmith config or its editor outlived the disposed session");
    }

    /// <summary>Whether the process runs (a zombie counts as ended).</summary>
    private static bool Running(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(") ")[^1].StartsWith('Z');

    [Fact]
    public void The_preview_follows_a_resize_and_NO_COLOR_turns_its_colours_off()
    {
        using var home = new HomeRig();
        home.Environment["LINESMITH_THEME"] = "nord";
        using (var editor = Start(home))
        {
            Ready(editor);
            Assert.Contains(NordPrimary, editor.Screen(escapes: true), StringComparison.Ordinal);
            editor.Resize(160, 48);
            Ready(editor, 160);
        }

        home.Environment["NO_COLOR"] = "1";
        using var plain = Start(home);
        var screen = Ready(plain);
        Assert.Contains("Opus 4.5 · ctx: 42%", screen, StringComparison.Ordinal);
        Assert.DoesNotContain(NordPrimary, plain.Screen(escapes: true), StringComparison.Ordinal);
    }

    /// <summary>Escape on the right-hand panel, and the wait for it to close: a key sent right after Escape would arrive as Alt+key.</summary>
    private static void Close(TmuxSession editor)
    {
        editor.Keys("Escape");
        editor.WaitFor("┤Pick├");
    }

    private static void AddSegment(TmuxSession editor, string id)
    {
        editor.Keys("a");
        editor.WaitFor("Add a segment");
        editor.Type(id);
        editor.WaitFor(screen => screen.Split('\n').Any(row => row.Contains("││" + id + " ", StringComparison.Ordinal)), $"{id} in the catalogue");
        editor.Keys("Enter");
        editor.WaitFor($"added {id}");
    }

    /// <summary>The rows inside the preview frame.</summary>
    private static string Preview(string screen)
    {
        var rows = screen.Split('\n');
        var top = Array.FindIndex(rows, row => row.Contains("Preview (", StringComparison.Ordinal));
        return top < 0 ? string.Empty : string.Join('\n', rows.Skip(top + 1).TakeWhile(row => !row.Contains('╰', StringComparison.Ordinal)));
    }
}
