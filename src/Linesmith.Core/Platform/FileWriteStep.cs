namespace Linesmith.Platform;

/// <summary>The step of an atomic write that failed (<see cref="FileWriteError"/>).</summary>
internal enum FileWriteStep
{
    /// <summary>Creating the directory, writing or syncing the temp file.</summary>
    Io,

    /// <summary>Renaming the temp file over the target.</summary>
    Persist,

    /// <summary>The target path has no parent directory (e.g. <c>/</c>) or is not a path.</summary>
    InvalidInput,
}
