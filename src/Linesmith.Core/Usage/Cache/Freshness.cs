namespace Linesmith.Usage.Cache;

/// <summary>
/// The two questions every render asks before anything else, answered from plain values with no
/// allocation (a test and a benchmark prove it): is the cache fresh, is the endpoint blocked.
/// </summary>
internal static class Freshness
{
    /// <summary>
    /// <c>0 ≤ now − cachedAt &lt; duration</c>: strict, so a duration of 0 is never fresh, and an
    /// entry from the future is never fresh (docs/spec/usage-cascade.md#algorithm step 2, docs/spec/usage-cascade.md#freshness-and-anomalies).
    /// </summary>
    public static bool IsFresh(DateTimeOffset cachedAt, DateTimeOffset now, TimeSpan duration)
    {
        var age = now.UtcTicks - cachedAt.UtcTicks;
        return age >= 0 && age < duration.Ticks;
    }

    /// <summary>
    /// Data fetched at <paramref name="cachedAt"/> is older than <paramref name="staleAfter"/>
    /// (docs/spec/decisions.md#d10-stale-data-is-marked: the line marks it), or dated ahead of <paramref name="now"/>, so that its age is unknown. In
    /// ticks, which cannot overflow for any two instants <see cref="DateTimeOffset"/> can hold.
    /// </summary>
    public static bool IsOld(DateTimeOffset cachedAt, DateTimeOffset now, TimeSpan staleAfter)
    {
        var age = now.UtcTicks - cachedAt.UtcTicks;
        return age < 0 || age > staleAfter.Ticks;
    }

    /// <summary><c>blocked_until &gt; now</c> in whole Unix seconds, strictly (docs/spec/usage-cascade.md#algorithm step 3).</summary>
    public static bool IsBlocking(long blockedUntilUnixSeconds, DateTimeOffset now) =>
        blockedUntilUnixSeconds > now.ToUnixTimeSeconds();
}
