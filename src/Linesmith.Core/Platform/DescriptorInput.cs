using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// stdin as a plain descriptor: <c>read(2)</c> and nothing else. <see cref="Console.OpenStandardInput()"/>
/// on a terminal reads through the runtime's line editor, which sets terminal modes and waits for a
/// whole line past any deadline (docs/guarantees.md); here a terminal is read like a pipe, after a poll
/// bounded by the caller's deadline. A failed read is the end of the input.
/// </summary>
internal sealed unsafe class DescriptorInput(int descriptor) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        fixed (byte* start = buffer)
        {
            return Math.Max(0, SystemNative.Read(descriptor, start, buffer.Length));
        }
    }

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
