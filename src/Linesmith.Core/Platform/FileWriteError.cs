namespace Linesmith.Platform;

/// <summary>
/// Why an atomic write did not land (<see cref="AtomicJsonFile"/>, docs/spec/on-disk-formats.md#atomic-writes):
/// the step that failed, the problem's class, the path it failed on and the runtime's message. The
/// cache wraps it in its own <c>CacheError</c>; settings, presets and the JSONL index report it as it is.
/// </summary>
internal sealed record FileWriteError(FileWriteStep Step, FileProblem Problem, string Path, string Detail)
{
    public static FileWriteError From(FileWriteStep step, string path, Exception exception) =>
        new(step, FileProblems.Classify(exception), path, exception.Message);

    public override string ToString() => Step switch
    {
        FileWriteStep.Persist => $"rename failed: {Path}: {Detail}",
        FileWriteStep.InvalidInput => $"path has no parent directory: {Path}",
        _ => $"write failed: {Path}: {Detail}",
    };
}
