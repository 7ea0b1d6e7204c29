using System.Globalization;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// Reads a response body the way its head frames it (RFC 9112 §6.3): none for 1xx, 204 and 304;
/// chunked when <c>Transfer-Encoding</c> ends in chunked; else <c>Content-Length</c>; else until the
/// server closes. Never more than the cap plus one byte is kept (docs/spec/usage-endpoint.md#transport, 64 KiB), and
/// the deadline bounds the time.
/// </summary>
internal static class BodyReader
{
    public static async Task<CappedBody> ReadAsync(WireReader reader, ResponseHead head, int maxBytes)
    {
        if (head.Status.Code is (>= 100 and < 200) or 204 or 304)
        {
            return new CappedBody([], false);
        }

        if (head.Headers.Joined("Transfer-Encoding") is { } encodings)
        {
            // Any other final coding means the body runs to the close (RFC 9112 §6.3 item 4); we never
            // ask for compression, so such a body simply fails to parse later.
            return encodings.Split(',').Last().Trim().Equals("chunked", StringComparison.OrdinalIgnoreCase)
                ? await ReadChunkedAsync(reader, maxBytes).ConfigureAwait(false)
                : await ReadToCloseAsync(reader, maxBytes).ConfigureAwait(false);
        }

        if (head.Headers.Joined("Content-Length") is { } lengthText)
        {
            return await ReadLengthAsync(reader, ParseLength(lengthText), maxBytes).ConfigureAwait(false);
        }

        return await ReadToCloseAsync(reader, maxBytes).ConfigureAwait(false);
    }

    public static async Task<CappedBody> ReadLengthAsync(WireReader reader, long length, int maxBytes)
    {
        if (length > maxBytes)
        {
            return CappedBody.Over;
        }

        var body = new byte[length];
        await reader.ReadExactlyAsync(body).ConfigureAwait(false);
        return new CappedBody(body, false);
    }

    public static async Task<CappedBody> ReadToCloseAsync(WireReader reader, int maxBytes)
    {
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(total)).ConfigureAwait(false);
            if (read == 0)
            {
                return new CappedBody(buffer[..total], false);
            }

            total += read;
        }

        return CappedBody.Over;
    }

    /// <summary>
    /// Chunks until the last (size 0) one. Trailer fields are not read: the connection is closed
    /// right after, and they carry nothing we use.
    /// </summary>
    public static async Task<CappedBody> ReadChunkedAsync(WireReader reader, int maxBytes)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await reader.ReadLineAsync(ChunkSize.MaxLineLength, "chunk-size line too long").ConfigureAwait(false)
                ?? throw new IOException("connection closed before the end of the body");
            if (!ChunkSize.TryParse(sizeLine, out var size))
            {
                throw new HttpWireException("malformed chunk-size line");
            }

            if (size == 0)
            {
                return new CappedBody(body.ToArray(), false);
            }

            if (body.Length + size > maxBytes)
            {
                return CappedBody.Over;
            }

            var chunk = new byte[size];
            await reader.ReadExactlyAsync(chunk).ConfigureAwait(false);
            body.Write(chunk);
            var end = await reader.ReadLineAsync(2, "malformed chunk end").ConfigureAwait(false);
            if (end is not { Length: 0 })
            {
                throw new HttpWireException("malformed chunk end");
            }
        }
    }

    // Repeated or comma-joined values must agree (RFC 9110 §8.6); anything else is a framing error.
    private static long ParseLength(string text)
    {
        long? length = null;
        foreach (var part in text.Split(','))
        {
            var trimmed = part.Trim(' ', '\t');
            if (trimmed.Length is 0 or > 18
                || !trimmed.All(char.IsAsciiDigit)
                || !long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || (length is { } seen && seen != value))
            {
                throw new HttpWireException("invalid Content-Length");
            }

            length = value;
        }

        return length ?? throw new HttpWireException("invalid Content-Length");
    }
}
