namespace Linesmith.Platform;

/// <summary>
/// The kind of a file-system failure, as far as callers decide anything on it: a missing file is a
/// cache miss, a denied one is worth a louder log line (docs/spec/on-disk-formats.md#usagejson, docs/spec/edge-cases.md item 52).
/// </summary>
internal enum FileProblem
{
    NotFound,
    PermissionDenied,
    InvalidInput,

    /// <summary>A FIFO, a directory, a socket or a device where a file was expected (<see cref="BoundedFile"/>).</summary>
    NotRegular,
    Other,
}

internal static class FileProblems
{
    public static FileProblem Classify(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => FileProblem.NotFound,
        UnauthorizedAccessException => FileProblem.PermissionDenied,
        ArgumentException or PathTooLongException => FileProblem.InvalidInput,
        IOException { HResult: BoundedFile.NotRegularResult } => FileProblem.NotRegular,
        _ => FileProblem.Other,
    };
}
