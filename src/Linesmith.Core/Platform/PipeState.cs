namespace Linesmith.Platform;

/// <summary>What a look into a pipe without reading it found (Windows' <c>PeekNamedPipe</c>).</summary>
internal enum PipeState
{
    /// <summary>Open, nothing to read yet.</summary>
    Empty,

    /// <summary>At least one byte can be read.</summary>
    HasData,

    /// <summary>The writer closed its end: the next read returns the end of input.</summary>
    Ended,

    /// <summary>The look failed for another reason: the caller cannot tell.</summary>
    Unknown,
}
