using System.Text.Unicode;
using Linesmith.Platform;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// The file cascade of docs/spec/credentials.md step 3: <c>.credentials.json</c> in each of
/// <see cref="ClaudeDirectories.DataDirectories"/> (<c>$CLAUDE_CONFIG_DIR</c>, then
/// <c>$XDG_CONFIG_HOME/claude</c>, else <c>$HOME/.config/claude</c>, then <c>$HOME/.claude</c>). The first file that exists decides: a bad file does not fall
/// through to the next one.
/// </summary>
internal static class CredentialsFiles
{
    public const string FileName = ".credentials.json";

    /// <summary>1,000,000 bytes: a real file is under 1 KB; more is refused as invalid data (docs/spec/credentials.md, docs/spec/edge-cases.md item 55).</summary>
    public const int MaxBytes = 1_000_000;

    /// <summary>The candidate paths in cascade order (docs/spec/edge-cases.md item 56): <see cref="ClaudeDirectories.DataDirectories"/>.</summary>
    public static IReadOnlyList<string> Candidates(ClaudeDirectories directories) =>
        directories.DataDirectories.Select(directory => Path.Join(directory, FileName)).ToList();

    /// <summary>The first existing file's result, or null when none of the candidates exists.</summary>
    public static CredentialsResult? Read(ClaudeDirectories directories)
    {
        foreach (var path in Candidates(directories))
        {
            if (ReadOne(path) is { } result)
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>Null when the file is absent or its directory cannot be searched (next candidate); else the final result.</summary>
    public static CredentialsResult? ReadOne(string path)
    {
        try
        {
            // stat(): only "not there" and "not allowed to look" move on to the next candidate (docs/spec/credentials.md step 3).
            _ = File.GetAttributes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException)
        {
            return CredentialsResult.Failed(CredentialsError.Io(path, Describe(exception)));
        }

        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAll(path, MaxBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return CredentialsResult.Failed(CredentialsError.Io(path, Describe(exception)));
        }

        if (bytes is null)
        {
            return CredentialsResult.Failed(CredentialsError.Io(path, $"invalid data (larger than {MaxBytes} bytes)"));
        }

        if (!Utf8.IsValid(bytes))
        {
            return CredentialsResult.Failed(CredentialsError.Io(path, "invalid data (not UTF-8)"));
        }

        return CredentialsParser.Parse(bytes, $"credentials file {path}");
    }

    // Only the kind of failure: an exception message is fine here (it names the path), but kinds keep texts stable.
    private static string Describe(Exception exception) => FileProblems.Classify(exception) switch
    {
        FileProblem.PermissionDenied => "permission denied",
        FileProblem.NotFound => "not found",
        FileProblem.InvalidInput => "invalid path",
        FileProblem.NotRegular => "not a regular file",
        _ => exception is IOException { HResult: var code } ? $"I/O error ({code & 0xFFFF})" : "I/O error",
    };
}
