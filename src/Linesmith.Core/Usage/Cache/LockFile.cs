using System.Text.Json.Serialization;

namespace Linesmith.Usage.Cache;

/// <summary>
/// The shape of <c>usage.lock</c> (docs/spec/on-disk-formats.md#usagelock): <c>blocked_until</c> in signed 64-bit Unix
/// seconds (signed so that the legacy <c>mtime + 30</c> arithmetic cannot underflow) and the code of
/// the error that set it, omitted from the file when absent (never written as null). Named
/// <c>LockFile</c> because <c>System.Threading.Lock</c> owns the shorter name.
/// </summary>
internal sealed record LockFile(
    long BlockedUntil,
    string? Error = null)
{
    // For the JSON reader only (see CachedUsage).
    [JsonConstructor]
    public LockFile()
        : this(0)
    {
    }

    [JsonRequired]
    public long BlockedUntil { get; set; } = BlockedUntil;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; set; } = Error;

    /// <summary>Allocation-free: is the endpoint blocked at <paramref name="now"/>?</summary>
    public bool IsBlockingAt(DateTimeOffset now) => Freshness.IsBlocking(BlockedUntil, now);
}
