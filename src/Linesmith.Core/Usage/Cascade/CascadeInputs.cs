using Linesmith.Diagnostics;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Credentials;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// The cascade's inputs (docs/spec/usage-cascade.md#algorithm): the stores (null when there is no cache root, docs/spec/on-disk-formats.md#cache-root),
/// the transport, the lazy credentials and JSONL sources (JSONL null = no fallback), the clock, the
/// settings, the log, and the background refresh launcher.
/// </summary>
internal sealed record CascadeInputs(
    string? CacheRoot,
    IUsageTransport Transport,
    ICredentialsProvider Credentials,
    IJsonlSource? Jsonl,
    TimeProvider Clock,
    UsageSettings Settings,
    Log Log,
    IRefreshLauncher? Launcher)
{
    /// <summary>How long <c>usage</c> (not a render) waits for another process's fetch beyond the request timeout (start-up skew).</summary>
    public TimeSpan WaitGrace { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a waiting process retries the fetch gate.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    public CacheStore? Cache { get; } = CacheRoot is null ? null : new CacheStore(CacheRoot, Clock);

    public LockStore? Locks { get; } = CacheRoot is null ? null : new LockStore(CacheRoot, Clock);
}
