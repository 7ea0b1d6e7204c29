namespace Linesmith.Usage.Cascade;

/// <summary>How long a caller may wait for the network (docs/spec/decisions.md#d1-one-fetch-not-a-stampede and docs/adr/0011-refresh-in-a-detached-process.md).</summary>
internal enum FetchMode
{
    /// <summary><c>linesmith usage</c>: a person waits; a due fetch is made (or another process's awaited).</summary>
    Wait,

    /// <summary>A statusline render: with stale data, serve it now and refresh in a background process.</summary>
    Render,

    /// <summary><c>linesmith usage refresh</c>: fetch if due and the fetch lock is free; never wait for another fetcher.</summary>
    Refresh,
}
