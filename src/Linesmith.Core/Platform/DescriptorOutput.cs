using System.Runtime.InteropServices;
using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// stdout or stderr as a plain descriptor (docs/guarantees.md). Writes go straight to
/// <c>write(2)</c>: no <see cref="Console"/>, whose first use on a terminal sends the terminfo
/// keypad sequence (<c>ESC[?1h ESC=</c>) and never resets it. A write that fails (closed descriptor,
/// <c>/dev/full</c>, a pipe whose reader left: <c>EPIPE</c>, SIGPIPE being ignored by the runtime) is
/// dropped, and so is all later output: nothing a command prints can throw, so no run aborts because
/// of where its output goes. A non-blocking descriptor that is full is waited for a little, then given up.
/// </summary>
internal sealed unsafe class DescriptorOutput(int descriptor) : Stream
{
    /// <summary>How long one write waits for room on a non-blocking descriptor (a blocking one waits in the kernel, bounded by the command's watchdog).</summary>
    private static readonly TimeSpan WouldBlockPatience = TimeSpan.FromSeconds(2);

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
        while (!Failed && !buffer.IsEmpty)
        {
            int written;
            fixed (byte* start = buffer)
            {
                written = SystemNative.Write(descriptor, start, buffer.Length);
            }

            if (written >= 0)
            {
                buffer = buffer[written..];
            }
            else if (Marshal.GetLastPInvokeError() != Libc.WouldBlock || InputReadiness.WaitWritable(descriptor, WouldBlockPatience) != Readiness.Ready)
            {
                Failed = true;
            }
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
