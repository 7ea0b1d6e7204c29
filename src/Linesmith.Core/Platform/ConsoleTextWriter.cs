using System.Runtime.Versioning;
using System.Text;
using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// Text to a Windows console as UTF-16 (<c>WriteConsoleW</c>): bytes written to a console are read in
/// its code page (often 437 or 1252), which turns the line's block and arrow characters into
/// question marks or mojibake, while changing the code page would outlive this process. A failed
/// write is dropped, like every other standard-stream failure (<see cref="SilentOutput"/>).
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed unsafe class ConsoleTextWriter(nint console) : TextWriter
{
    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        fixed (char* text = buffer)
        {
            _ = Kernel32.WriteConsoleW(console, text, (uint)buffer.Length, out _, 0);
        }
    }
}
