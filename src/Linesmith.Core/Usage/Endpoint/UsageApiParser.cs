using System.Text.Json;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// Turns a 2xx body into a <see cref="UsageApiResponse"/>, or into the reason it is a ParseError:
/// empty, over the 64 KiB cap (docs/spec/decisions.md#d5-an-oversize-body-is-a-parseerror), not a JSON object, or a known field of the wrong
/// type (docs/spec/usage-endpoint.md#response, docs/spec/usage-endpoint.md#status-mapping).
/// </summary>
internal static class UsageApiParser
{
    /// <summary>Bodies larger than this are refused: a real response is about 500 bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static UsageApiResponse? TryParse(ReadOnlySpan<byte> body, out string? problem)
    {
        problem = null;
        if (body.IsEmpty)
        {
            problem = "empty body";
            return null;
        }

        if (body.Length > MaxBodyBytes)
        {
            problem = $"body larger than {MaxBodyBytes} bytes";
            return null;
        }

        try
        {
            var response = JsonSerializer.Deserialize(body, EndpointJsonContext.Default.UsageApiResponse);
            if (response is null)
            {
                problem = "body is JSON null";
            }

            return response;
        }
        catch (JsonException exception)
        {
            problem = DescribeWithoutSnippet(exception);
            return null;
        }
    }

    // The exception message can quote the body; name only where it broke.
    private static string DescribeWithoutSnippet(JsonException exception) =>
        exception.LineNumber is { } line
            ? $"malformed at line {line + 1}, byte {exception.BytePositionInLine + 1} ({exception.Path ?? "$"})"
            : $"malformed ({exception.Path ?? "$"})";
}
