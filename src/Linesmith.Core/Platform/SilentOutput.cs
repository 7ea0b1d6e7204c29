namespace Linesmith.Platform;

/// <summary>
/// A standard stream whose failures are dropped, as <see cref="DescriptorOutput"/> does for a Unix
/// descriptor (docs/guarantees.md): a write that fails (a closed pipe, a full disk) ends all later
/// output, and nothing a command prints can throw. Windows' standard handles are written through it.
/// </summary>
internal sealed class SilentOutput(Stream inner) : WriteOnlyStream
{
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
}
