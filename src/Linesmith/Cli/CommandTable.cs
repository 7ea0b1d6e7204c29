using System.Globalization;
using Linesmith.ClaudeCode;
using Linesmith.Config;
using Linesmith.Usage.Cascade;

namespace Linesmith.Cli;

/// <summary>
/// Every command linesmith has, one <see cref="CommandSpec"/> each, in the order the main help and the
/// README list them. The parser (<see cref="CommandLine.Parse"/>), each <c>--help</c>
/// (<see cref="HelpText"/>) and the README's command table (checked by <c>CommandTableTests</c>) are all
/// read from here (issue 13 item 4; docs/adr/0019-command-table-parsed-by-hand.md).
/// </summary>
internal static class CommandTable
{
    private static readonly OptionSpec Config = new("--config", "PATH", "Config file (default: $LINESMITH_CONFIG, else\n$XDG_CONFIG_HOME/linesmith/config.toml, else\n~/.config/linesmith/config.toml, else built-in defaults)", "-c");

    private static readonly OptionSpec ReadConfig = new("--config", "PATH", "Read the config from this file (default as for a render:\n$LINESMITH_CONFIG, then the XDG locations)");

    public static CommandSpec Render { get; } = new(
        string.Empty,
        "Render the status line from the JSON on stdin",
        [
            Config,
            new("--no-color", null, "No colours (also NO_COLOR=1)"),
            new("--force-color", null, "Colours even without a terminal (also FORCE_COLOR=1|2|3)"),
        ],
        """
        With no command, linesmith reads the JSON Claude Code pipes to a statusline command on
        stdin (at most 1 MiB, for at most 1 s) and prints the status line. It always exits 0;
        without usable input it prints a short hint.
        """,
        "Exit codes: renders always 0.",
        options => new RenderInvocation(options.Value("--config"), options.Has("--no-color") ? false : options.Has("--force-color") ? true : null),
        Synopsis: "< payload.json");

    public static CommandSpec CheckConfig { get; } = new(
        string.Empty,
        "Check the config file; print each problem with its line and column",
        [new("--check-config", null, "Check the config file; print each problem with its line and\ncolumn, and the environment values a render would refuse"), Config],
        """
        Loads the config a render would use, builds every segment it names, and prints each
        problem with its line and column, then the environment values a render would refuse
        (relative paths, LINESMITH_TIMEOUT_MS, COLUMNS).
        """,
        "Exit codes: 0 no problem, 1 a problem found, 2 wrong usage.",
        options => new CheckConfigInvocation(options.Value("--config")),
        Marker: "--check-config");

    public static IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new(
            "install",
            "Set statusLine in Claude Code's settings.json to this binary",
            [
                new("--settings", "PATH", "Edit this settings file instead"),
                new("--refresh", "N", "Also set statusLine.refreshInterval to N seconds (1 or more);\nwithout it, an interval already in linesmith's entry is kept, and\na line with countdowns (reset times in duration or progress format,\nsession_duration, prompt_cache) gets 60 s: Claude Code re-runs the\nstatus line only on events and every refreshInterval seconds"),
                new("--force", null, "Replace a statusLine that runs another program (without it: exit 1)"),
                new("--config", "PATH", "The config whose line decides that (default as for a render)"),
            ],
            """
            Sets "statusLine" in Claude Code's settings ($CLAUDE_CONFIG_DIR/settings.json, else
            ~/.claude/settings.json) to {"type": "command", "command": "<this binary>", "padding": 0}.
            Every other key is kept as it is. The previous file is copied to settings.json.bak and the
            new one is written atomically; a missing file or directory is created. Running it again
            changes nothing. A file that is not a JSON object (or whose statusLine is not an object) or
            that is read-only is never rewritten: the problem is printed (with line and column) and the
            exit code is 1.
            """,
            "Exit codes: 0 installed or already installed, 1 not changed (see the message), 2 wrong usage.",
            BindInstall),
        new(
            "uninstall",
            "Remove that statusLine entry (only if it runs linesmith)",
            [
                new("--settings", "PATH", "Edit this settings file instead"),
                new("--force", null, "Remove a statusLine that runs another program (without it: exit 1)"),
            ],
            """
            Removes "statusLine" from Claude Code's settings when it runs linesmith (any file named
            linesmith), with the same care as install: every other key kept, settings.json.bak
            written, atomic replace, invalid or read-only files left alone. No statusLine: nothing to
            do, exit 0.
            """,
            "Exit codes: 0 removed or nothing to remove, 1 not changed (see the message), 2 wrong usage.",
            options => new UninstallInvocation(options.Value("--settings"), options.Has("--force"))),
        new(
            "doctor",
            "Check environment, config, Claude Code, credentials, cache",
            [
                new("--json", null, "Print one JSON object: checks (group, name, status, message, fix),\npassed, warnings, failures, skipped, ok"),
                new("--online", null, "Send one request to the usage endpoint, following the same rules\nas a render: no request while usage.json is fresh or usage.lock\nblocks, one fetcher at a time; the result is cached. Shows the\nHTTP status, what it means and the Retry-After of a 429"),
                new("--config", "PATH", "Check this config file (default as for a render: $LINESMITH_CONFIG,\nthen the XDG locations)"),
            ],
            """
            Checks the setup and prints PASS, WARN, FAIL or SKIP for each check, with one line of
            explanation and, for WARN and FAIL, what to do:
              environment   binary and version, colour support, COLUMNS
              config        which config.toml applies, whether it parses, unknown keys and bad values
              claude code   settings.json found and valid, statusLine runs this binary
              credentials   which .credentials.json, whether it parses, its scopes (never the token)
              cache         cache directory, writable, usage.json schema and age, usage.lock state
                            and the error that set it, temp files left by interrupted writes
              endpoint      only with --online

            Without --online nothing is written and nothing leaves the machine.
            """,
            "Exit codes: 0 nothing failed (warnings are fine), 1 a check failed, 2 wrong usage.",
            options => new DoctorInvocation(options.Has("--json"), options.Has("--online"), options.Value("--config"))),
        new(
            "init",
            "Write a commented starter config.toml",
            [
                new("--preset", "NAME", "minimal, developer, power-user, cost-focused or worktree-heavy"),
                new("--force", null, "Replace an existing config (the old one is kept as config.toml.bak)"),
                new("--config", "PATH", "Write this file instead"),
            ],
            """
            Writes a commented starter config.toml to $LINESMITH_CONFIG, else
            $XDG_CONFIG_HOME/linesmith/config.toml, else ~/.config/linesmith/config.toml. Without
            --preset it asks for one when stdin is a terminal (Enter: developer); with stdin piped or
            closed it never asks and uses developer.
            """,
            "Exit codes: 0 written (or already the same), 1 the file exists (use --force), 2 wrong usage.",
            options => new InitInvocation(options.Value("--preset"), options.Has("--force"), options.Value("--config"))),
        new(
            "config",
            "Edit the config in an interactive editor with a live preview",
            [new("--config", "PATH", "Edit this file instead (default as for a render)")],
            """
            Starts linesmith-config, the editor installed next to this binary, on this terminal: a
            live preview rendered by the same code as a real render, lines and segments to add,
            remove and reorder, theme, separator and preset pickers, the install screen, and a save
            that keeps every comment (the previous file kept as config.toml.bak). It needs a
            terminal on stdin and stdout.
            """,
            "Exit codes: the editor's: 0 done, 1 no terminal or the editor missing, 2 wrong usage.",
            options => new ConfigInvocation(options.Value("--config"))),
        new(
            "config schema",
            "Print the JSON Schema of config.toml, for editors",
            [],
            """
            Prints the JSON Schema (draft 4) of config.toml that this binary reads, generated from
            its segment table and config readers: every key with its type, default, range and
            choices. init and presets apply write it as linesmith.schema.json beside the config and
            name it in the config's first line (#:schema ./linesmith.schema.json), which Taplo and
            Even Better TOML read for completion and checks. After an upgrade, refresh it with
            linesmith config schema > ~/.config/linesmith/linesmith.schema.json
            """,
            "Exit codes: 0, or 2 wrong usage.",
            _ => new ConfigSchemaInvocation()),
        new(
            "themes list",
            "List the themes with a coloured sample",
            [ReadConfig],
            """
            Lists the built-in themes (default, minimal, nord, dracula, gruvbox, catppuccin-mocha) and
            the user themes in <config dir>/themes/NAME.toml, each with a sample of its colours at the
            colour depth a render would use. * marks the theme in use.
            """,
            "Exit codes: 0, or 2 wrong usage.",
            options => new ThemesListInvocation(options.Value("--config"))),
        new(
            "presets list",
            "List the presets",
            [ReadConfig],
            "The presets with what each shows; * marks the one the current config names.",
            "Exit codes: 0, or 2 wrong usage.",
            options => new PresetsListInvocation(options.Value("--config"))),
        new(
            "presets apply",
            "Replace config.toml with a preset (backup: config.toml.bak)",
            [
                new("--force", null, "Replace an existing config (the old one is kept as config.toml.bak)"),
                new("--config", "PATH", "Write this file instead"),
            ],
            """
            Writes the preset as config.toml (the file 'init' writes). An existing config is replaced
            only with --force, and is kept as config.toml.bak first. Presets: minimal, developer,
            power-user (two lines, all rate limits), cost-focused, worktree-heavy.
            """,
            "Exit codes: 0 written (or already the same), 1 the file exists (use --force), 2 wrong usage.",
            options => new PresetsApplyInvocation(options.Positional, options.Has("--force"), options.Value("--config")),
            Positional: "NAME"),
        new(
            "cache show",
            "Show usage.json and usage.lock: age, freshness, lock state",
            [
                new("--json", null, "Print one JSON object: cache_path, lock_path, entry, lock, fresh,\nblocked, cache_duration_seconds, problems, age_seconds, stale,\nstale_after_seconds"),
                ReadConfig,
            ],
            """
            Prints where usage.json and usage.lock are, the cached entry (its age and whether it is
            fresh for the config's [usage] cache_duration) and the lock (whether it blocks the usage
            endpoint, for how long, and the error that set it).
            """,
            "Exit codes: 0, or 2 wrong usage.",
            options => new CacheShowInvocation(options.Has("--json"), options.Value("--config"))),
        new(
            "cache clear",
            "Delete usage.json and usage.lock",
            [],
            "Deletes usage.json and usage.lock, so the next run fetches afresh; nothing in a cache\ndirectory that is refused (a link, or writable by others).",
            "Exit codes: 0 cleared (or nothing to clear), 1 not cleared (see the message), 2 wrong usage.",
            _ => new CacheClearInvocation()),
        new(
            "usage",
            "Resolve usage data (cache, endpoint, JSONL) and print it",
            [
                new("--json", null, "Print one JSON object: source, cached_at, data, jsonl, error,\nrefresh_started, note, age_seconds, stale"),
                new("--no-wait", null, "Do what a statusline render does: with stale data, print it at\nonce and start 'linesmith usage refresh' in the background"),
                ReadConfig,
            ],
            """
            Resolves the plan's usage data the way the statusline does and prints it: the source
            (endpoint, cache, stale, stdin, jsonl or error), every bucket with its reset time, extra
            usage, per-model limits, and the error code if the endpoint failed.

            Order: a fresh usage.json (younger than [usage] cache_duration) is used as is; while
            usage.lock blocks the endpoint (after a 429, an error or a success) cached data is shown;
            otherwise the OAuth token is read (Keychain on macOS, then .credentials.json under
            $CLAUDE_CONFIG_DIR, $XDG_CONFIG_HOME/claude or ~/.config/claude, ~/.claude) and
            GET /api/oauth/usage is called. Only one process per cache directory calls the endpoint at
            a time; the others wait for its result. Without endpoint data, token totals from the JSONL
            transcripts are shown as an estimate.
            """,
            "Exit codes: 0 whatever the data source (an endpoint error is part of the output), 2 wrong usage.",
            options => new UsageInvocation(options.Has("--no-wait") ? FetchMode.Render : FetchMode.Wait, options.Has("--json"), options.Value("--config"))),
        new(
            "usage refresh",
            "Fetch usage data now if due (the background refresher)",
            [ReadConfig],
            """
            Fetches usage data from the endpoint when a fetch is due (usage.json stale, usage.lock
            not blocking) and no other process is fetching, then writes usage.json and usage.lock
            and exits. Renders start it in the background; it is also safe to run by hand. Prints
            the outcome; a note says why nothing was fetched.
            """,
            "Exit codes: 0 whatever the outcome, 2 wrong usage.",
            options => new UsageInvocation(FetchMode.Refresh, Json: false, options.Value("--config"))),
        new(
            "command refresh",
            "Run custom_command now and cache its output (the background run)",
            [ReadConfig],
            """
            Runs the command of [segments.custom_command] in the current directory, within its
            timeout_ms, unless its cached output is younger than its ttl, and writes the output to
            the cache directory. Renders start it in the background when the cached output is stale;
            it is also safe to run by hand. Nothing runs without a configured command.
            """,
            "Exit codes: 0 whatever the outcome, 2 wrong usage.",
            options => new CommandRefreshInvocation(options.Value("--config"))),
    ];

    /// <summary>The rows whose first word is <paramref name="group"/> (<c>cache</c>: show and clear).</summary>
    public static List<CommandSpec> InGroup(string group)
    {
        var rows = new List<CommandSpec>();
        foreach (var spec in Commands)
        {
            if (spec.Group == group)
            {
                rows.Add(spec);
            }
        }

        return rows;
    }

    /// <summary><c>--refresh N</c>: whole seconds within what Claude Code accepts; anything else is wrong usage and nothing changes.</summary>
    private static Invocation BindInstall(ParsedOptions options)
    {
        int? refresh = null;
        if (options.Value("--refresh") is { } text)
        {
            var parsed = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds);
            if (!parsed || seconds is < StatusLineEntry.MinRefreshSeconds or > StatusLineEntry.MaxRefreshSeconds)
            {
                var found = parsed ? seconds.ToString(CultureInfo.InvariantCulture) : RangeMessage.Quote(text);
                return new MistakeInvocation("'--refresh' (seconds): " + RangeMessage.Integer(StatusLineEntry.MinRefreshSeconds, StatusLineEntry.MaxRefreshSeconds, found, "nothing changed"));
            }

            refresh = (int)seconds;
        }

        return new InstallInvocation(options.Value("--settings"), refresh, options.Has("--force"), options.Value("--config"));
    }
}
