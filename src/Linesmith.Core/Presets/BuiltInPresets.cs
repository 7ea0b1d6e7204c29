namespace Linesmith.Presets;

/// <summary>
/// The five presets of docs/spec/config.md as commented TOML. Each loads with zero config
/// problems (a test proves it), so <c>linesmith --check-config</c> on a fresh file says OK. Rate-limit
/// segments appear only in presets that ask for them: they read credentials and may call the
/// endpoint, which the default line never does (docs/spec/config.md).
/// </summary>
internal static class BuiltInPresets
{
    /// <summary>What <c>linesmith init</c> writes without <c>--preset</c>.</summary>
    public const string DefaultName = "developer";

    public static IReadOnlyList<Preset> All { get; } =
    [
        new("minimal", "model and context use only", """
            # linesmith config: the "minimal" preset (linesmith presets list shows the others).
            # Check it with: linesmith --check-config
            preset = "minimal"
            theme = "minimal"

            [line]
            segments = ["model", "context_window"]

            [layout_options]
            # "space", "powerline" or any literal text between segments.
            separator = "space"
            """),
        new("developer", "model, context, cost, effort, git branch with a dirty star, workspace (what init writes)", """
            # linesmith config: the "developer" preset (linesmith presets list shows the others).
            # Check it with: linesmith --check-config
            preset = "developer"
            # default, minimal, nord, dracula, gruvbox, catppuccin-mocha, or a file in themes/NAME.toml.
            theme = "default"

            [line]
            segments = ["model", "context_window", "cost", "effort", "git_branch", "workspace"]

            [layout_options]
            separator = " · "
            # auto follows NO_COLOR, FORCE_COLOR, COLORTERM and TERM; always or never override them.
            color = "auto"

            [segments.git_branch]
            # Runs git with a bounded time budget; a star marks uncommitted changes.
            dirty = true
            """),
        new("power-user", "two lines: session details, then every rate limit with its reset", """
            # linesmith config: the "power-user" preset (linesmith presets list shows the others).
            # Line 2 shows the plan's rate limits: linesmith reads the Claude Code OAuth credentials and
            # calls the usage endpoint at most once per cache period (180 s), shared by every session.
            # Check it with: linesmith --check-config
            preset = "power-user"
            theme = "catppuccin-mocha"

            [line.1]
            segments = ["model", "context_bar", "cost", "session_duration", "lines_changed", "git_branch", "workspace"]

            [line.2]
            segments = ["rate_limit_5h", "rate_limit_5h_reset", "rate_limit_7d", "rate_limit_7d_reset", "rate_limit_7d_model", "extra_usage"]

            [layout_options]
            separator = " · "

            [segments.git_branch]
            dirty = true
            ahead_behind = true

            [segments.rate_limit_5h]
            # percent or progress (a bar of progress_width cells).
            format = "progress"
            progress_width = 10

            [segments.rate_limit_7d]
            format = "progress"
            progress_width = 10
            """),
        new("cost-focused", "session cost, tokens and the 5-hour limit", """
            # linesmith config: the "cost-focused" preset (linesmith presets list shows the others).
            # The 5-hour limit reads the Claude Code OAuth credentials and the usage endpoint (cached 180 s).
            # Check it with: linesmith --check-config
            preset = "cost-focused"
            theme = "gruvbox"

            [line]
            segments = ["model", "cost", "tokens_input", "tokens_output", "tokens_cached", "rate_limit_5h", "extra_usage"]

            [layout_options]
            separator = " | "
            """),
        new("worktree-heavy", "workspace and worktree first, git state, then model and context", """
            # linesmith config: the "worktree-heavy" preset (linesmith presets list shows the others).
            # For many git worktrees side by side: where you are comes first.
            # Check it with: linesmith --check-config
            preset = "worktree-heavy"
            theme = "nord"

            [line]
            segments = ["workspace", "git_branch", "lines_changed", "model", "context_window"]

            [layout_options]
            separator = " › "

            [segments.git_branch]
            dirty = true
            ahead_behind = true
            """),
    ];

    public static Preset? Find(string name) => All.FirstOrDefault(preset => string.Equals(preset.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(preset => preset.Name));
}
