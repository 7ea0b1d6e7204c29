namespace Linesmith.Platform;

/// <summary>What a bounded wait on a descriptor found (<see cref="InputReadiness"/>, <see cref="PipeWait"/>).</summary>
internal enum Readiness
{
    /// <summary>The next read (or write) will not block: data, the end of input, or an error it reports.</summary>
    Ready,

    /// <summary>The timeout passed first.</summary>
    TimedOut,

    /// <summary>This platform or descriptor cannot be waited on; the caller falls back (a reader thread).</summary>
    Unknown,
}
