using System.Text.Json;
using Linesmith.Input.Payload;
using Linesmith.Json;

namespace Linesmith.Input.Json;

/// <summary>
/// How each kind of payload value is read, leniently: the reader stands on the value, every method
/// consumes it whole and returns null for a value of another type (docs/spec/statusline-contract.md#payload-fields).
/// The render's walk (<see cref="PayloadWalk"/>) and the converters of <see cref="StatusJsonContext"/> both
/// read through these, so the two cannot disagree about a field.
/// </summary>
internal static class PayloadValues
{
    /// <summary>Above this a <c>resets_at</c> number is milliseconds: as seconds it would lie past the year 5000.</summary>
    private const double MillisecondsThreshold = 1e11;

    private static readonly double MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static string? String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    /// <summary>A finite JSON number, else null (a string, an object, or a number too large for a double such as <c>1e400</c>).</summary>
    public static double? Number(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    public static bool? Bool(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>
    /// <c>rate_limits.*.resets_at</c>, <c>prompt_cache.expires_at</c>: Unix seconds per the contract (early
    /// write-ups said ISO 8601, so an RFC 3339 string is read too); numbers above 10^11 are milliseconds.
    /// </summary>
    public static DateTimeOffset? Time(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number))
        {
            var seconds = number > MillisecondsThreshold ? number / 1000 : number;
            return seconds >= 0 && seconds <= MaxSeconds
                ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
                : null;
        }

        if (reader.TokenType == JsonTokenType.String && Rfc3339.TryParse(reader.GetString().AsSpan(), out var parsed))
        {
            return parsed;
        }

        reader.Skip();
        return null;
    }

    /// <summary>
    /// A value that is an object holding one interesting string field, or that string bare:
    /// <c>"effort": {"level": "high"}</c> and <c>"effort": "high"</c> both read as <c>high</c>.
    /// </summary>
    public static string? StringField(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isField = reader.ValueTextEquals(field);
            reader.Read();
            if (isField && reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    /// <summary>An array of strings; non-string elements are dropped, a non-array reads as null.</summary>
    public static IReadOnlyList<string>? StringList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return items;
    }

    /// <summary><c>workspace.git_worktree</c> given as a bare path: a worktree named after its last part; null for an empty one.</summary>
    public static WorktreeInfo? WorktreeAt(string? path) =>
        string.IsNullOrEmpty(path) ? null : new WorktreeInfo { Path = path, Name = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(path)) };
}
