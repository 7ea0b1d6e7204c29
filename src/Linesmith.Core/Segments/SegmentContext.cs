using Linesmith.Diagnostics;
using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Segments.Git;

namespace Linesmith.Segments;

/// <summary>
/// Everything a segment may read while rendering, handed in rather than looked up. The usage data
/// is lazy: the cascade (cache, lock, credentials, network) runs only when a segment asks for it,
/// and at most once per run.
/// </summary>
/// <remarks>
/// With the local zone looked up only when a segment needs it: reading and parsing the zone file
/// costs a render that shows no wall-clock time for nothing.
/// </remarks>
internal sealed class SegmentContext(StatusPayload payload, TimeProvider clock, Func<TimeZoneInfo> localZone, Func<UsageView> usage)
{
    private readonly Lazy<UsageView> _usage = new Lazy<UsageView>(usage, LazyThreadSafetyMode.None);
    private readonly Lazy<TimeZoneInfo> _localZone = new Lazy<TimeZoneInfo>(localZone, LazyThreadSafetyMode.None);
    private GitRepository? _git;

    public SegmentContext(StatusPayload payload, TimeProvider clock, TimeZoneInfo localZone, Func<UsageView> usage)
        : this(payload, clock, () => localZone, usage)
    {
    }

    public StatusPayload Payload { get; } = payload;

    public TimeProvider Clock { get; } = clock;

    /// <summary>The render's environment, for the programs a segment runs (git_branch); empty in tests that run none.</summary>
    public EnvironmentSnapshot Environment { get; init; } = EnvironmentSnapshot.Empty;

    /// <summary>
    /// The cache root when it passed the trust check (<c>Composition/CacheRootVerdict.Trusted</c>, ADR 0015), else
    /// null: where <c>custom_command</c> keeps its output. A segment never writes anywhere else.
    /// </summary>
    /// <remarks>A function, called only by a segment that needs it: the trust check costs a render that has no such segment nothing.</remarks>
    public Func<string?> CacheRoot { get; init; } = () => null;

    /// <summary>The render's working directory (Claude Code's session directory), where <c>custom_command</c> runs; null when unknown.</summary>
    public Func<string?> WorkingDirectory { get; init; } = () => null;

    /// <summary>This program's executable, for the background <c>linesmith command refresh</c>; null: no background run.</summary>
    public string? ProcessPath { get; init; }

    /// <summary>The config file the render read, passed on to the background run; null: none.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Where a segment reports why it has no result (off by default).</summary>
    public Log Log { get; init; } = Log.Silent;

    /// <summary>The system's local time zone (for absolute reset times without a configured zone).</summary>
    public TimeZoneInfo LocalZone => _localZone.Value;

    /// <summary>
    /// The session directory's repository, looked up on first access and shared by every git segment of the render
    /// (with the one <c>git status</c> they may ask for); built with the <see cref="Environment"/> and <see cref="Log"/> set by then.
    /// </summary>
    public GitRepository Git => _git ??= GitRepository.Of(Payload.Workspace?.CurrentDir ?? Payload.Cwd, Environment, Log);

    /// <summary>The usage cascade's result; evaluated on first access only.</summary>
    public UsageView Usage => _usage.Value;
}
