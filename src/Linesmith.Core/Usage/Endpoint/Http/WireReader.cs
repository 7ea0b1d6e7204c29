using System.Text;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// Buffered reads from the connection: lines for the status line, headers and chunk sizes, and raw
/// bytes for bodies. Every line read names its own length cap, so no read is unbounded; the
/// deadline's token is passed to every read (docs/spec/usage-endpoint.md#transport, one deadline per request).
/// </summary>
internal sealed class WireReader(Stream stream, CancellationToken token)
{
    // Large enough that a usual response head arrives in one or two reads; lines longer than this
    // are still read (up to the caller's cap) by accumulating.
    private const int BufferSize = 16 * 1024;

    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;

    /// <summary>Bytes read from the connection but not yet consumed.</summary>
    public int Buffered => _end - _start;

    /// <summary>
    /// The next line without its LF (or CRLF), decoded as Latin-1 so every byte maps to one char; null
    /// when the connection ended before the line's first byte. A line longer than
    /// <paramref name="maxLength"/> bytes throws <see cref="HttpWireException"/> with <paramref name="tooLong"/>.
    /// </summary>
    public async ValueTask<string?> ReadLineAsync(int maxLength, string tooLong)
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !await FillAsync().ConfigureAwait(false))
            {
                return line.Length == 0 ? null : throw new IOException("connection closed in the middle of a line");
            }

            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var take = newline < 0 ? available.Length : newline;
            if (line.Length + take > maxLength)
            {
                throw new HttpWireException(tooLong);
            }

            line.Write(available[..take]);
            if (newline < 0)
            {
                _start = _end;
                continue;
            }

            _start += take + 1;
            var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
            // RFC 9112 §2.2: a bare LF also ends a line.
            return Encoding.Latin1.GetString(bytes.EndsWith((byte)'\r') ? bytes[..^1] : bytes);
        }
    }

    /// <summary>Up to <c>destination.Length</c> bytes; 0 when the connection ended.</summary>
    public async ValueTask<int> ReadAsync(Memory<byte> destination)
    {
        if (_start < _end)
        {
            var count = Math.Min(destination.Length, _end - _start);
            _buffer.AsMemory(_start, count).CopyTo(destination);
            _start += count;
            return count;
        }

        return await stream.ReadAsync(destination, token).ConfigureAwait(false);
    }

    /// <summary>Fills <paramref name="destination"/>; an early end of the connection is an <see cref="IOException"/>.</summary>
    public async ValueTask ReadExactlyAsync(Memory<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = await ReadAsync(destination[total..]).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("connection closed before the end of the body");
            }

            total += read;
        }
    }

    private async ValueTask<bool> FillAsync()
    {
        _start = 0;
        _end = await stream.ReadAsync(_buffer, token).ConfigureAwait(false);
        return _end > 0;
    }
}
