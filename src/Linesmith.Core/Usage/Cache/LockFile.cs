using System.Text.Json.Serialization;

namespace Linesmith.Usage.Cache;

/// <summary>
/// The shape of <c>usage.lock</c> (usage-cache.md §1.3): <c>blocked_until</c> in signed 64-bit Unix
/// seconds (signed so that the legacy <c>mtime + 30</c> arithmetic cannot underflow) and the code of
/// the error that set it, omitted from the file when absent (never written as null). Named
/// <c>LockFile</c> because <c>System.Threading.Lock</c> owns the shorter name.
/// </summary>
internal sealed record LockFile(
    long BlockedUntil,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null)
{
    /// <summary>Allocation-free: is the endpoint blocked at <paramref name="now"/>?</summary>
    public bool IsBlockingAt(DateTimeOffset now) => Freshness.IsBlocking(BlockedUntil, now);
}
