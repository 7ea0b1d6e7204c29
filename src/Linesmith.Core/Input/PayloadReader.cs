using System.Text.Json;
using Linesmith.Input.Json;
using Linesmith.Input.Payload;

namespace Linesmith.Input;

/// <summary>
/// Parses the stdin bytes into a <see cref="StatusPayload"/> in one <see cref="Utf8JsonReader"/> pass
/// (<see cref="PayloadWalk"/>). Fields of the wrong type are dropped one by one; only input that is not a
/// JSON object at all (empty, truncated, nested deeper than 64 levels, not UTF-8, followed by more)
/// fails, with a reason for the log.
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

        // The reader's defaults are the serializer's: at most 64 levels, no comments, no trailing commas,
        // nothing after the document.
        var reader = new Utf8JsonReader(trimmed);
        try
        {
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    problem = "input is JSON null";
                    return null;
                case not JsonTokenType.StartObject:
                    problem = "input is not a JSON object";
                    return null;
            }

            var payload = PayloadWalk.Payload(ref reader);
            reader.Read();
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
        catch (InvalidOperationException)
        {
            // A string the walk reads that is not UTF-8 or holds a lone surrogate: the serializer refused
            // such a document whole too.
            problem = "input is not a JSON object (a string that is not UTF-8)";
            return null;
        }
    }
}
