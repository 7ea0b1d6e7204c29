using System.Text;
using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Schema;

/// <summary>
/// Writes the schema as <see cref="SchemaDirective.FileName"/> beside a config file that <c>init</c> or
/// <c>presets apply</c> has just written, so the file's <c>#:schema</c> directive names the schema of the binary
/// that wrote it (docs/adr/0024-config-schema-generated-and-written-beside-the-config.md). Atomic (temp file,
/// rename: a link planted at the name is replaced, never followed); the same content is not rewritten; a file
/// of that name that is not a linesmith schema is left alone.
/// </summary>
internal static class SchemaFile
{
    /// <summary>A linesmith schema is far smaller; a larger file of that name is someone else's.</summary>
    private const int MaxBytes = 1024 * 1024;

    /// <summary>What happened; refused leaves the config as written (the directive then names no file).</summary>
    public static EditOutcome WriteBeside(string configPath)
    {
        var path = Path.Join(Path.GetDirectoryName(Path.GetFullPath(configPath)), SchemaDirective.FileName);
        var bytes = Encoding.UTF8.GetBytes(ConfigSchema.Generate());
        byte[]? previous;
        try
        {
            previous = BoundedFile.ReadAll(path, MaxBytes);
        }
        catch (IOException exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            previous = [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return EditOutcome.Refused($"the schema for editors was not written: {path} cannot be read ({exception.Message})");
        }

        if (previous is null || (previous.Length > 0 && !IsLinesmithSchema(previous)))
        {
            return EditOutcome.Refused($"the schema for editors was not written: {path} exists and is not linesmith's (print it with 'linesmith config schema')");
        }

        if (previous.AsSpan().SequenceEqual(bytes))
        {
            return EditOutcome.Unchanged($"the schema for editors in {path} is current");
        }

        return AtomicJsonFile.Write(path, bytes) is { } error
            ? EditOutcome.Refused($"the schema for editors was not written: {error}")
            : EditOutcome.Wrote($"wrote the schema for editors to {path}");
    }

    private static bool IsLinesmithSchema(byte[] text) =>
        text.AsSpan().IndexOf(Encoding.UTF8.GetBytes("\"title\": \"" + ConfigSchema.Title + "\"")) >= 0;
}
