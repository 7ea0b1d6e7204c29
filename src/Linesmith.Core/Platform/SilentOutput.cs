namespace Linesmith.Platform;

/// <summary>
/// A standard stream whose failures are dropped, as <see cref="DescriptorOutput"/> does for a Unix
/// descriptor (docs/guarantees.md): a write that fails (a closed pipe, a full disk) ends all later
/// output, and nothing a command prints can throw. Windows' standard handles are written through it.
/// </summary>
internal sealed class SilentOutput(Stream inner) : Stream
{
    /// <summary>True once a write failed; later output is discarded.</summary>
    public bool Failed { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Failed || buffer.IsEmpty)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
            inner.Flush();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            Failed = true;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
