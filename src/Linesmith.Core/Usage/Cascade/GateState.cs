namespace Linesmith.Usage.Cascade;

/// <summary>What trying the fetch gate (<see cref="FetchGate"/>, <c>usage.fetch.lock</c>) found.</summary>
internal enum GateState
{
    /// <summary>This process holds the gate: it is the one fetcher.</summary>
    Held,

    /// <summary>Another process holds it: wait for its fetch, or show what is there.</summary>
    Busy,

    /// <summary>No gate can exist here (read-only file system, a file where the directory should be): fetch without one.</summary>
    Unavailable,
}
