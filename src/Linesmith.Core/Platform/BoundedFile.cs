using System.Runtime.InteropServices;
using System.Text;
using Linesmith.Platform.Native;
using Microsoft.Win32.SafeHandles;

namespace Linesmith.Platform;

/// <summary>
/// The one way linesmith opens a file to read it: every reader (config, user
/// themes, settings.json, credentials, usage.json, usage.lock, .git files, transcripts) goes through
/// here. The file is opened with <c>O_NONBLOCK</c>, so a FIFO with no writer cannot hold
/// <c>open()</c>; checked with <c>fstat</c> to be a regular file, so a FIFO, a directory, a socket or
/// a device such as <c>/dev/zero</c> is refused before a byte is read; and read with a size cap, so
/// a file of gigabytes costs one read of the cap. A refused file throws an <see cref="IOException"/>
/// ("not a regular file (a FIFO)"), which callers already turn into a miss and a log line.
/// </summary>
internal static class BoundedFile
{
    private const int FileTypeMask = 0xF000; // S_IFMT
    private const int RegularFile = 0x8000; // S_IFREG

    /// <summary>The <see cref="Exception.HResult"/> of the refusal, so that <see cref="FileProblems"/> can tell it apart.</summary>
    public const int NotRegularResult = unchecked((int)0xA11E_0001); // a customer-defined HRESULT: no errno maps to it

    /// <summary>
    /// Returns the bytes, or null when the file is larger than <paramref name="maxBytes"/>. Throws the
    /// usual I/O exceptions (not found, denied, not a regular file) for the caller to classify.
    /// </summary>
    public static byte[]? ReadAll(string path, int maxBytes)
    {
        using var handle = OpenRegular(path, out var length);
        if (length > maxBytes)
        {
            return null;
        }

        // One byte more than the file says, so that the common case ends in a single read that sees EOF;
        // the file may still grow while it is read, up to one byte past the cap.
        var buffer = new byte[(int)Math.Min(length, maxBytes) + 1];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)maxBytes + 1));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            return null;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading without blocking and makes sure it is a regular file;
    /// <paramref name="length"/> is its size at the open. Read it with <see cref="RandomAccess"/> or a
    /// <see cref="FileStream"/> over the handle, and with a cap of its own.
    /// </summary>
    public static SafeFileHandle OpenRegular(string path, out long length)
    {
        if (Libc.ReadNonBlockingFlags() is not { } flags)
        {
            // Windows: no FIFOs to block on, and the runtime refuses directories itself.
            var opened = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = RandomAccess.GetLength(opened);
            return opened;
        }

        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("a path with a NUL character", nameof(path));
        }

        var descriptor = Libc.Open(Encoding.UTF8.GetBytes(path + "\0"), flags);
        if (descriptor < 0)
        {
            throw OpenFailure(path, Marshal.GetLastPInvokeError());
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var type = FileType(descriptor, out length);
        if (type != RegularFile)
        {
            handle.Dispose();
            throw NotRegular(path, Describe(type));
        }

        return handle;
    }

    /// <summary>
    /// Throws unless <paramref name="path"/> is missing or a regular file: for a file about to be opened
    /// for writing (the log), whose <c>open(O_WRONLY)</c> would wait for ever for a FIFO's reader.
    /// </summary>
    public static void RefuseNonRegular(string path)
    {
        try
        {
            OpenRegular(path, out _).Dispose();
        }
        catch (IOException exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // Missing: the writer creates it.
        }
    }

    private static unsafe int FileType(int descriptor, out long length)
    {
        var status = stackalloc byte[SystemNative.FileStatusBytes];
        if (SystemNative.FStat(descriptor, status) != 0)
        {
            length = 0;
            return -1;
        }

        length = *(long*)(status + SystemNative.SizeOffset);
        return *(int*)(status + SystemNative.ModeOffset) & FileTypeMask;
    }

    private static string Describe(int type) => type switch
    {
        0x1000 => "a FIFO",
        0x2000 => "a character device",
        0x4000 => "a directory",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "not a regular file",
    };

    /// <summary>The exceptions <see cref="FileStream"/> throws for the same errno, so that callers classify both alike.</summary>
    private static Exception OpenFailure(string path, int errno)
    {
        var message = $"{path}: {Marshal.GetPInvokeErrorMessage(errno)}";
        return errno switch
        {
            2 => Directory.Exists(Path.GetDirectoryName(path)) ? new FileNotFoundException(message, path) : new DirectoryNotFoundException(message), // ENOENT
            20 => new DirectoryNotFoundException(message), // ENOTDIR
            1 or 13 => new UnauthorizedAccessException(message), // EPERM, EACCES
            21 => NotRegular(path, "a directory"), // EISDIR
            6 => NotRegular(path, "a socket or a device with nothing behind it"), // ENXIO
            36 or 63 => new PathTooLongException(message), // ENAMETOOLONG (Linux, macOS)
            _ => new IOException(message, errno),
        };
    }

    private static IOException NotRegular(string path, string kind) => new($"{path}: not a regular file ({kind})", NotRegularResult);
}
