namespace Linesmith.Usage.Cascade;

/// <summary>How long a caller may wait for the network ("Our decisions" 1 and 3).</summary>
internal enum FetchMode
{
    /// <summary><c>linesmith usage</c>: a person waits; a due fetch is made (or another process's awaited).</summary>
    Wait,

    /// <summary>A statusline render: with stale data, serve it now and refresh in a background process.</summary>
    Render,

    /// <summary><c>linesmith usage refresh</c>: fetch if due and the fetch lock is free; never wait for another fetcher.</summary>
    Refresh,
}
