namespace Linesmith.Usage.Cascade;

/// <summary>Where a <see cref="UsageResult"/>'s numbers came from.</summary>
internal enum UsageSource
{
    /// <summary>Fetched from the endpoint by this process.</summary>
    Endpoint,

    /// <summary>A fresh <c>usage.json</c> (younger than the cache duration).</summary>
    Cache,

    /// <summary>An older <c>usage.json</c>, served under a back-off lock, after a failed fetch, or while another process refreshes.</summary>
    Stale,

    /// <summary>Estimated from the JSONL transcripts (docs/spec/jsonl-fallback.md).</summary>
    Jsonl,

    /// <summary>No data: <see cref="UsageResult.Error"/> says why.</summary>
    Error,
}
