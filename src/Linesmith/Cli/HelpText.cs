namespace Linesmith.Cli;

/// <summary>The help texts. Each lists exactly what the command accepts; nothing here is aspirational.</summary>
internal static class HelpText
{
    public const string Main = """
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
          cache show [--json]   Show usage.json and usage.lock: age, freshness, lock state
          cache clear           Delete usage.json and usage.lock
          usage [--json]        Resolve usage data (cache, endpoint, JSONL) and print it
          usage refresh         Fetch usage data now if due (the background refresher)

        Options:
          -h, --help            Show help (also: linesmith <command> --help)
          -V, --version         Show the version

        Environment:
          LINESMITH_CACHE_DIR   Cache directory (default $XDG_CACHE_HOME/linesmith,
                                else $HOME/.cache/linesmith)
          LINESMITH_API_BASE_URL  Usage endpoint base (default https://api.anthropic.com)
          LINESMITH_TIMEOUT_MS  Request timeout in milliseconds (default 2000)
          LINESMITH_LOG         debug|info|warn|error: log to <cache dir>/linesmith.log
          LINESMITH_CONFIG      Config file path
          LINESMITH_THEME       Theme name, overriding the config's theme
          COLUMNS               Line width; segments drop by priority to fit

        Exit codes: 0 success, 1 failure, 2 wrong usage.
        """;

    public const string Cache = """
        Usage:
          linesmith cache show [--json]
          linesmith cache clear

        show    Print where usage.json and usage.lock are, the cached entry (its age and
                whether it is fresh for the 180 s cache duration) and the lock (whether it
                blocks the usage endpoint, for how long, and the error that set it).
                --json prints one JSON object: cache_path, lock_path, entry, lock, fresh,
                blocked, cache_duration_seconds, problems.
        clear   Delete usage.json and usage.lock, so the next run fetches afresh.
        """;

    public const string Usage = """
        Usage:
          linesmith usage [--json] [--no-wait]
          linesmith usage refresh

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
