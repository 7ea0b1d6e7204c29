namespace Linesmith.Usage.Cascade;

/// <summary>
/// One question to the cascade: what the caller will read (a render: the union of its line's segments'
/// needs, <c>Segments/LineBuilder.NeedsFor</c>) and how long it may wait. Stdin is not part of it: the
/// segments read stdin's windows first and ask only for what it lacks (docs/spec/decisions.md#d2-stdin-first).
/// The endpoint answers every window at once, so the needs change what is read only when there are none.
/// </summary>
internal sealed record UsageQuery(UsageNeeds Needs, FetchMode Mode)
{
    public static UsageQuery Everything(FetchMode mode) => new(UsageNeeds.All, mode);
}
