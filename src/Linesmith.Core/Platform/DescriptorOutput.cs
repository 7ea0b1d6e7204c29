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
internal sealed unsafe class DescriptorOutput(int descriptor) : WriteOnlyStream
{
    /// <summary>How long one write waits for room on a non-blocking descriptor (a blocking one waits in the kernel, bounded by the command's watchdog).</summary>
    private static readonly TimeSpan WouldBlockPatience = TimeSpan.FromSeconds(2);

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
}
