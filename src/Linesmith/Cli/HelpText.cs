using Linesmith.Platform;

namespace Linesmith.Cli;

/// <summary>The help texts. Each lists exactly what the command accepts; nothing here is aspirational.</summary>
internal static class HelpText
{
    private const string MainHead = """
        linesmith: Claude Code statusline

        Usage:
          linesmith [--config PATH] [--no-color | --force-color] < payload.json
          linesmith --check-config [--config PATH]
          linesmith <command> [options]

        With no command, linesmith reads the JSON Claude Code pipes to a statusline command on
        stdin (at most 1 MiB, for at most 1 s) and prints the status line. It always exits 0;
        without usable input it prints a short hint.

        Render options:
          -c, --config PATH     Config file (default: $LINESMITH_CONFIG, else
                                $XDG_CONFIG_HOME/linesmith/config.toml, else
                                ~/.config/linesmith/config.toml, else built-in defaults)
          --no-color            No colours (also NO_COLOR=1)
          --force-color         Colours even without a terminal (also FORCE_COLOR=1|2|3)
          --check-config        Check the config file; print each problem with its line and
                                column; exit 1 when there is any

        Commands:
          install [--settings PATH] [--refresh N] [--force]
                                Set statusLine in Claude Code's settings.json to this binary
          uninstall [--settings PATH] [--force]
                                Remove that statusLine entry (only if it runs linesmith)
          doctor [--json] [--online]
                                Check environment, config, Claude Code, credentials, cache
          init [--preset NAME] [--force]
                                Write a commented starter config.toml
          themes list           List the themes with a coloured sample
          presets list          List the presets
          presets apply NAME [--force]
                                Replace config.toml with a preset (backup: config.toml.bak)
          cache show [--json]   Show usage.json and usage.lock: age, freshness, lock state
          cache clear           Delete usage.json and usage.lock
          usage [--json]        Resolve usage data (cache, endpoint, JSONL) and print it
          usage refresh         Fetch usage data now if due (the background refresher)

        Options:
          -h, --help            Show help (also: linesmith <command> --help)
          -V, --version         Show the version
        """;

    private const string MainTail = """
        Exit codes: renders always 0; other commands 0 success, 1 failure, 2 wrong usage.
        """;

    /// <summary>The main help; its "Environment:" section is printed from <see cref="EnvironmentVariables.All"/>.</summary>
    public static string Main => MainHead + EnvironmentHelp.Section() + MainTail;

    public const string Install = """
        Usage:
          linesmith install [--settings PATH] [--refresh N] [--force] [--config PATH]

        Sets "statusLine" in Claude Code's settings ($CLAUDE_CONFIG_DIR/settings.json, else
        ~/.claude/settings.json) to {"type": "command", "command": "<this binary>", "padding": 0}.
        Every other key is kept as it is. The previous file is copied to settings.json.bak and the
        new one is written atomically; a missing file or directory is created. Running it again
        changes nothing. A file that is not a JSON object (or whose statusLine is not an object) or
        that is read-only is never rewritten: the problem is printed (with line and column) and the
        exit code is 1.

          --settings PATH   Edit this settings file instead
          --refresh N       Also set statusLine.refreshInterval to N seconds (1 or more);
                            without it, an interval already in linesmith's entry is kept, and
                            a line with countdowns (reset times in duration or progress format,
                            session_duration, prompt_cache) gets 60 s: Claude Code re-runs the
                            status line only on events and every refreshInterval seconds
          --config PATH     The config whose line decides that (default as for a render)
          --force           Replace a statusLine that runs another program (without it: exit 1)

        Exit codes: 0 installed or already installed, 1 not changed (see the message), 2 wrong usage.
        """;

    public const string Uninstall = """
        Usage:
          linesmith uninstall [--settings PATH] [--force]

        Removes "statusLine" from Claude Code's settings when it runs linesmith (any file named
        linesmith), with the same care as install: every other key kept, settings.json.bak
        written, atomic replace, invalid or read-only files left alone. No statusLine: nothing to
        do, exit 0.

          --settings PATH   Edit this settings file instead
          --force           Remove a statusLine that runs another program (without it: exit 1)

        Exit codes: 0 removed or nothing to remove, 1 not changed (see the message), 2 wrong usage.
        """;

    public const string Doctor = """
        Usage:
          linesmith doctor [--json] [--online] [--config PATH]

        Checks the setup and prints PASS, WARN, FAIL or SKIP for each check, with one line of
        explanation and, for WARN and FAIL, what to do:
          environment   binary and version, colour support, COLUMNS
          config        which config.toml applies, whether it parses, unknown keys and bad values
          claude code   settings.json found and valid, statusLine runs this binary
          credentials   which .credentials.json, whether it parses, its scopes (never the token)
          cache         cache directory, writable, usage.json schema and age, usage.lock state
                        and the error that set it, temp files left by interrupted writes
          endpoint      only with --online

          --json      Print one JSON object: checks (group, name, status, message, fix), passed,
                      warnings, failures, skipped, ok.
          --online    Send one request to the usage endpoint, following the same rules as a
                      render: no request while usage.json is fresh or usage.lock blocks, one
                      fetcher at a time; the result is cached. Shows the HTTP status, what it
                      means and the Retry-After of a 429.
          --config PATH  Check this config file (default as for a render: $LINESMITH_CONFIG,
                      then the XDG locations)

        Without --online nothing is written and nothing leaves the machine.
        Exit codes: 0 nothing failed (warnings are fine), 1 a check failed, 2 wrong usage.
        """;

    public const string Init = """
        Usage:
          linesmith init [--preset NAME] [--force] [--config PATH]

        Writes a commented starter config.toml to $LINESMITH_CONFIG, else
        $XDG_CONFIG_HOME/linesmith/config.toml, else ~/.config/linesmith/config.toml. Without
        --preset it asks for one when stdin is a terminal (Enter: developer); with stdin piped or
        closed it never asks and uses developer.

          --preset NAME   minimal, developer, power-user, cost-focused or worktree-heavy
          --force         Replace an existing config (the old one is kept as config.toml.bak)
          --config PATH   Write this file instead

        Exit codes: 0 written (or already the same), 1 the file exists (use --force), 2 wrong usage.
        """;

    public const string Themes = """
        Usage:
          linesmith themes list [--config PATH]

        Lists the built-in themes (default, minimal, nord, dracula, gruvbox, catppuccin-mocha) and
        the user themes in <config dir>/themes/NAME.toml, each with a sample of its colours at the
        colour depth a render would use. * marks the theme in use.
        """;

    public const string Presets = """
        Usage:
          linesmith presets list [--config PATH]
          linesmith presets apply NAME [--force] [--config PATH]

        list    The presets with what each shows; * marks the one the current config names.
        apply   Writes the preset as config.toml (the file 'init' writes). An existing config is
                replaced only with --force, and is kept as config.toml.bak first.
                Presets: minimal, developer, power-user (two lines, all rate limits),
                cost-focused, worktree-heavy.
        """;

    public const string Cache = """
        Usage:
          linesmith cache show [--json] [--config PATH]
          linesmith cache clear

        show    Print where usage.json and usage.lock are, the cached entry (its age and
                whether it is fresh for the config's [usage] cache_duration, 180 s by
                default) and the lock (whether it blocks the usage endpoint, for how long,
                and the error that set it).
                --json prints one JSON object: cache_path, lock_path, entry, lock, fresh,
                blocked, cache_duration_seconds, problems.
                --config PATH reads [usage] from this file (default as for a render).
        clear   Delete usage.json and usage.lock, so the next run fetches afresh.
        """;

    public const string Usage = """
        Usage:
          linesmith usage [--json] [--no-wait] [--config PATH]
          linesmith usage refresh [--config PATH]

        Resolves the plan's usage data the way the statusline does and prints it: the source
        (endpoint, cache, stale, stdin, jsonl or error), every bucket with its reset time, extra
        usage, per-model limits, and the error code if the endpoint failed.

        Order: a fresh usage.json (younger than 180 s) is used as is; while usage.lock blocks the
        endpoint (after a 429, an error or a success) cached data is shown; otherwise the OAuth
        token is read (Keychain on macOS, then .credentials.json under $CLAUDE_CONFIG_DIR,
        $XDG_CONFIG_HOME/claude or ~/.config/claude, ~/.claude) and GET /api/oauth/usage is
        called. Only one process per cache directory calls the endpoint at a time; the others
        wait for its result. Without endpoint data, token totals from the JSONL transcripts are
        shown as an estimate.

          --json      Print one JSON object: source, cached_at, data, jsonl, error,
                      refresh_started, note.
          --no-wait   Do what a statusline render does: with stale data, print it at once and
                      start 'linesmith usage refresh' in the background.
          --config PATH  Read [usage] from this file (default as for a render:
                      $LINESMITH_CONFIG, then the XDG locations)

        Exit codes: 0 whatever the data source (an endpoint error is part of the output),
        2 wrong usage.
        """;

    public const string UsageRefresh = """
        Usage:
          linesmith usage refresh

        Fetches usage data from the endpoint when a fetch is due (usage.json stale, usage.lock
        not blocking) and no other process is fetching, then writes usage.json and usage.lock
        and exits. Renders start it in the background; it is also safe to run by hand. Prints
        the outcome; a note says why nothing was fetched.
        """;
}
