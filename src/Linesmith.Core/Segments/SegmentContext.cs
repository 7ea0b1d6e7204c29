using Linesmith.Input.Payload;

namespace Linesmith.Segments;

/// <summary>
/// Everything a segment may read while rendering, handed in rather than looked up. The usage data
/// is lazy: the cascade (cache, lock, credentials, network) runs only when a segment asks for it,
/// and at most once per run.
/// </summary>
internal sealed class SegmentContext
{
    private readonly Lazy<UsageView> _usage;

    public SegmentContext(StatusPayload payload, TimeProvider clock, TimeZoneInfo localZone, Func<UsageView> usage)
    {
        Payload = payload;
        Clock = clock;
        LocalZone = localZone;
        _usage = new Lazy<UsageView>(usage, LazyThreadSafetyMode.None);
    }

    public StatusPayload Payload { get; }

    public TimeProvider Clock { get; }

    /// <summary>The system's local time zone (for absolute reset times without a configured zone).</summary>
    public TimeZoneInfo LocalZone { get; }

    /// <summary>The usage cascade's result; evaluated on first access only.</summary>
    public UsageView Usage => _usage.Value;

    /// <summary>Whether any segment has asked for usage data during this run.</summary>
    public bool UsageRequested => _usage.IsValueCreated;
}
