using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>The file operations <see cref="CacheStore"/> and <see cref="LockStore"/> share, with "not found" folded into success.</summary>
internal static class CacheFile
{
    /// <summary>
    /// Reads the file. Returns null and no error when it does not exist; null bytes and no error
    /// also when it is larger than <paramref name="maxBytes"/> (<paramref name="exists"/> tells the two apart).
    /// </summary>
    public static byte[]? Read(string path, int maxBytes, out bool exists, out CacheError? error)
    {
        error = null;
        exists = false;
        try
        {
            var bytes = BoundedFile.ReadAll(path, maxBytes);
            exists = true;
            return bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (FileProblems.Classify(exception) != FileProblem.NotFound)
            {
                exists = true;
                error = CacheError.From(CacheErrorKind.Io, path, exception);
            }

            return null;
        }
    }

    /// <summary>Deletes the file; a file that is not there is already deleted.</summary>
    public static CacheError? Delete(string path)
    {
        try
        {
            File.Delete(path);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FileProblems.Classify(exception) == FileProblem.NotFound ? null : CacheError.From(CacheErrorKind.Io, path, exception);
        }
    }
}
