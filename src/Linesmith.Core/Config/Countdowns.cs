namespace Linesmith.Config;

/// <summary>
/// The segments of the configured line whose text changes with the clock alone: the time until a
/// reset (<c>duration</c> and <c>progress</c> formats; an <c>absolute</c> time does not move),
/// the session's duration and the prompt cache's time to expiry. Claude Code re-runs the status line
/// only on events and every <c>statusLine.refreshInterval</c> seconds when it is set (docs/spec/statusline-contract.md#invocation), so without the interval an idle session's <c>5h reset: 44m</c> stays frozen (issue 12
/// item 7). Their finest unit is the minute, so <see cref="RefreshSeconds"/> is a minute.
/// </summary>
internal static class Countdowns
{
    /// <summary>The <c>refreshInterval</c> linesmith installs for a line with countdowns: one run a minute per session costs nothing noticeable.</summary>
    public const int RefreshSeconds = 60;

    private static readonly string[] ResetIds = ["rate_limit_5h_reset", "rate_limit_7d_reset"];

    private static readonly string[] ClockIds = ["session_duration", "prompt_cache"];

    /// <summary>The countdown segment ids on the configured lines, in order, each once; none for the built-in default line.</summary>
    public static IReadOnlyList<string> In(LinesmithConfig config)
    {
        var found = new List<string>();
        foreach (var line in config.Lines ?? [])
        {
            foreach (var item in line)
            {
                if (item.SegmentId is { } id && !found.Contains(id, StringComparer.Ordinal) && IsCountdown(config, id))
                {
                    found.Add(id);
                }
            }
        }

        return found;
    }

    private static bool IsCountdown(LinesmithConfig config, string id)
    {
        if (Array.IndexOf(ClockIds, id) >= 0)
        {
            return true;
        }

        // Read raw: this is a question about the file, not a read of the segment's settings (no warnings).
        return Array.IndexOf(ResetIds, id) >= 0 && config.SegmentSettings(id).GetRaw("format") as string != "absolute";
    }
}
