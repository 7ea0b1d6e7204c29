namespace Linesmith.Usage.Jsonl;

/// <summary>
/// The bounds of one JSONL scan (docs/spec/jsonl-fallback.md#files; 340 MB of transcripts once cost every render 2-2.5 s
/// and ~100 MB): only files written within <see cref="Window"/>; lines longer than
/// <see cref="MaxLineBytes"/> are skipped without being held; at most <see cref="MaxBytesPerRun"/> new
/// bytes and <see cref="MaxTime"/> per run, newest files first. What a run did not reach, the next
/// one continues from the index.
/// </summary>
internal sealed record JsonlLimits(TimeSpan Window, int MaxLineBytes, long MaxBytesPerRun, TimeSpan MaxTime)
{
    /// <summary>
    /// The 7-day total is the widest thing the estimate shows. A line holding one assistant message with
    /// a large tool call stays under 4 MiB; a longer one is a pasted file or a hostile one. 256 MiB and
    /// 1 s a run: the scan comes after a failed fetch, and stdin (1 s) + request (timeout) + scan (1 s)
    /// stays inside the watchdog's 1 + timeout + 3 s (Platform/RunDeadline).
    /// </summary>
    public static JsonlLimits Default { get; } = new(TimeSpan.FromDays(7), 4 << 20, 256L << 20, TimeSpan.FromSeconds(1));
}
