namespace Linesmith.Cli;

/// <summary>The help texts. Each lists exactly what the command accepts; nothing here is aspirational.</summary>
internal static class HelpText
{
    public const string Main = """
        linesmith: Claude Code statusline (usage cache tools)

        Usage:
          linesmith <command> [options]

        Commands:
          cache show [--json]   Show usage.json and usage.lock: age, freshness, lock state
          cache clear           Delete usage.json and usage.lock

        Options:
          -h, --help            Show help (also: linesmith <command> --help)
          -V, --version         Show the version

        Environment:
          LINESMITH_CACHE_DIR   Cache directory (default $XDG_CACHE_HOME/linesmith,
                                else $HOME/.cache/linesmith)

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
}
