using System.Text.Json;
using Linesmith.Input.Json;
using Linesmith.Input.Payload;

namespace Linesmith.Input;

/// <summary>
/// Parses the stdin bytes into a <see cref="StatusPayload"/>. Fields of the wrong type are dropped one
/// by one by the lenient converters; only input that is not a JSON object at all (empty, truncated,
/// nested deeper than 64 levels, not UTF-8) fails, with a reason for the log.
/// </summary>
internal static class PayloadReader
{
    public const string NoInput = "no input";

    public static StatusPayload? TryParse(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        var trimmed = bytes.TrimStart("\uFEFF"u8);
        if (trimmed.Trim(" \t\r\n"u8).IsEmpty)
        {
            problem = NoInput;
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize(trimmed, StatusJsonContext.Default.StatusPayload);
            if (payload is null)
            {
                problem = "input is JSON null";
            }

            return payload;
        }
        catch (JsonException exception)
        {
            // Never the exception's text: it can quote the input.
            problem = exception.LineNumber is { } line
                ? $"input is not a JSON object (line {line + 1}, byte {exception.BytePositionInLine + 1})"
                : "input is not a JSON object";
            return null;
        }
    }
}
