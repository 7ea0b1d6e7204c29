namespace Linesmith.TestSupport;

/// <summary>A fresh directory under the system temp folder, deleted (with everything in it) on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    /// <summary>Everyone may pass through the shared parent: some tests run the binary as another user (nobody).</summary>
    private const UnixFileMode SharedParentMode = (UnixFileMode)0b111_101_101;

    public TempDir()
    {
        var parent = System.IO.Path.Join(System.IO.Path.GetTempPath(), "linesmith-tests");
        Path = System.IO.Path.Join(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        KeepTraversable(parent);
    }

    public string Path { get; }

    public string Join(params string[] parts) => System.IO.Path.Join([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            MakeWritable(Path);
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A test that made a file unreadable must not fail in cleanup; the temp folder is disposable.
        }
    }

    // Whoever creates the shared parent first decides its mode; one created 0700 (linesmith creates every
    // missing level of a cache root 0700) shut out the tests that run the binary as nobody.
    private static void KeepTraversable(string parent)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            if ((File.GetUnixFileMode(parent) & UnixFileMode.OtherExecute) == 0)
            {
                File.SetUnixFileMode(parent, SharedParentMode);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another user's parent: the tests that need it traversable will say so.
        }
    }

    private static void MakeWritable(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Prepend(directory))
        {
            try
            {
                if (!new FileInfo(entry).Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Best effort only.
            }
        }
    }
}
