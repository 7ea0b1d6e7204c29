using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linesmith.Platform;

namespace Linesmith.ClaudeCode;

/// <summary>
/// Claude Code's <c>settings.json</c> as read: every key and value kept as a <see cref="JsonObject"/>
/// (so an edit preserves what linesmith does not know), plus the exact bytes read (for the backup and
/// for "nothing changed"). A file that cannot be used is a <see cref="Problem"/>, never an exception.
/// </summary>
internal sealed record SettingsDocument(string Path, JsonObject? Root, byte[]? OriginalBytes, string? Problem)
{
    /// <summary>Claude Code's settings are a few KB; a larger file is refused rather than rewritten.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly JsonDocumentOptions StrictJson = new()
    {
        // Strict JSON: a comment or trailing comma would be lost on rewrite, so such a file is refused.
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        // A duplicated key is an error with its position, not an exception from JsonObject later on.
        AllowDuplicateProperties = false,
    };

    public bool Exists => OriginalBytes is not null;

    public static SettingsDocument Load(string path)
    {
        if (Directory.Exists(path))
        {
            // Opening a directory fails as "access denied", which would send the user looking at permissions.
            return Failed(path, "is a directory");
        }

        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAll(path, MaxBytes);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return new SettingsDocument(path, [], null, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(path, FileProblems.Classify(exception) == FileProblem.PermissionDenied ? "cannot be read (permission denied)" : $"cannot be read ({exception.Message})");
        }

        if (bytes is null)
        {
            return Failed(path, $"is larger than {MaxBytes / (1024 * 1024)} MiB");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Failed(path, "is not valid UTF-8", bytes);
        }

        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            // An empty file (e.g. made with `touch`) holds no settings: it is edited like a missing one.
            return new SettingsDocument(path, [], bytes, null);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes, documentOptions: StrictJson);
        }
        catch (JsonException exception) when (exception.LineNumber is null)
        {
            // A duplicated key is found after the syntax pass, so it has no position; its message names the key.
            return Failed(path, $"is not valid JSON ({exception.Message.TrimEnd('.')})", bytes);
        }
        catch (JsonException exception)
        {
            // Line and column only; the parser's message text can quote the input.
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            return Failed(path, $"is not valid JSON at line {line}, column {column}", bytes);
        }

        if (node is not JsonObject root)
        {
            return Failed(path, $"is not a JSON object (it holds {Describe(node)})", bytes);
        }

        return UnpairedSurrogateAt(root) is { } where
            ? Failed(path, $"holds a string with an unpaired \\uD800-\\uDFFF escape at {where}, which cannot be written back unchanged", bytes)
            : new SettingsDocument(path, root, bytes, null);
    }

    /// <summary>
    /// JSON accepts <c>"\ud800"</c>, but such a string cannot be turned into text or written back, so a
    /// rewrite would crash or lose the user's value: find the first one (its JSON path), or null.
    /// </summary>
    private static string? UnpairedSurrogateAt(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null && UnpairedSurrogateAt(child) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null && UnpairedSurrogateAt(child) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                try
                {
                    _ = value.GetValue<string>();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return value.GetPath();
                }

            default:
                return null;
        }
    }

    private static SettingsDocument Failed(string path, string problem, byte[]? bytes = null) => new(path, null, bytes, problem);

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
