namespace Linesmith.Platform;

/// <summary>
/// What the standard outputs (<see cref="DescriptorOutput"/>, <see cref="SilentOutput"/>) share: a write-only,
/// unseekable stream whose failed write ends all later output instead of throwing (docs/guarantees.md), so
/// nothing a command prints can abort it. A subclass writes the bytes and sets <see cref="Failed"/>.
/// </summary>
internal abstract class WriteOnlyStream : Stream
{
    /// <summary>True once a write failed; later output is discarded.</summary>
    public bool Failed { get; protected set; }

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

    public abstract override void Write(ReadOnlySpan<byte> buffer);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
