using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>Which step of a cache operation failed (docs/spec/on-disk-formats.md#atomic-writes).</summary>
internal enum CacheErrorKind
{
    /// <summary>Reading, creating the directory, writing or syncing the temp file.</summary>
    Io,

    /// <summary>Renaming the temp file over the target.</summary>
    Persist,

    /// <summary>The target path has no parent directory (e.g. <c>/</c>).</summary>
    InvalidInput,
}

/// <summary>
/// A real cache problem, as opposed to a miss: a file that cannot be read for a reason other than
/// its absence, or a write that did not land. Callers log it and go on; it never fails a render.
/// </summary>
internal sealed record CacheError(CacheErrorKind Kind, FileProblem Problem, string Path, string Detail)
{
    public static CacheError From(CacheErrorKind kind, string path, Exception exception) =>
        new(kind, FileProblems.Classify(exception), path, exception.Message);

    /// <summary>A cache file's atomic write that did not land, in the cache's words.</summary>
    public static CacheError From(FileWriteError error) => new(
        error.Step switch
        {
            FileWriteStep.Persist => CacheErrorKind.Persist,
            FileWriteStep.InvalidInput => CacheErrorKind.InvalidInput,
            _ => CacheErrorKind.Io,
        },
        error.Problem,
        error.Path,
        error.Detail);

    public override string ToString() => Kind switch
    {
        CacheErrorKind.Persist => $"cache persist failed: {Path}: {Detail}",
        CacheErrorKind.InvalidInput => $"cache path has no parent directory: {Path}",
        _ => $"cache I/O failed: {Path}: {Detail}",
    };
}
