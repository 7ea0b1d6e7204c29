using System.Buffers.Binary;
using Linesmith.Platform;
using Microsoft.Win32.SafeHandles;

namespace Linesmith.Segments.Git;

/// <summary>
/// Looks an object up in a version 2 pack index (<c>objects/pack/*.idx</c>, gitformat-pack(5)): the 256-entry
/// fan-out table narrows the sorted names to those with the id's first byte, a binary search reads one name per
/// step, and the offset table (with its 64-bit extension) gives where the entry is in the <c>.pack</c>. Reads a
/// handful of small pieces however large the index is; every count and offset is checked against the file's
/// length first, so a corrupt or hostile index is a miss, never a long read.
/// </summary>
internal static class GitPackIndex
{
    private const int HeaderBytes = 8;
    private const int FanOutBytes = 256 * 4;

    /// <summary>The entry's offset in the pack, or null when the index does not name <paramref name="hash"/> or is not a valid v2 index.</summary>
    public static long? Offset(string indexPath, byte[] hash)
    {
        try
        {
            using var handle = BoundedFile.OpenRegular(indexPath, out var length);
            return Find(handle, length, hash);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static long? Find(SafeFileHandle handle, long length, byte[] hash)
    {
        var hashSize = hash.Length;
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (length < HeaderBytes + FanOutBytes || !Read(handle, header, 0) || !header.SequenceEqual((ReadOnlySpan<byte>)[0xFF, (byte)'t', (byte)'O', (byte)'c', 0, 0, 0, 2]))
        {
            return null;
        }

        Span<byte> word = stackalloc byte[8];
        var first = hash[0];
        var low = first == 0 ? 0 : UInt32At(handle, HeaderBytes + ((first - 1) * 4), word);
        var high = UInt32At(handle, HeaderBytes + (first * 4), word);
        var count = UInt32At(handle, HeaderBytes + (255 * 4), word);
        if (low is not { } start || high is not { } end || count is not { } total || start > end || end > total
            || HeaderBytes + FanOutBytes + (total * (hashSize + 8L)) > length)
        {
            return null;
        }

        Span<byte> name = stackalloc byte[hashSize];
        var (lo, hi) = ((long)start, (long)end - 1);
        while (lo <= hi)
        {
            var middle = lo + ((hi - lo) / 2);
            if (!Read(handle, name, HeaderBytes + FanOutBytes + (middle * hashSize)))
            {
                return null;
            }

            var order = name.SequenceCompareTo(hash);
            if (order == 0)
            {
                return OffsetOf(handle, length, middle, total, hashSize, word);
            }

            (lo, hi) = order < 0 ? (middle + 1, hi) : (lo, middle - 1);
        }

        return null;
    }

    /// <summary>The 31-bit offset, or, with the top bit set, the entry it names in the 64-bit table that follows.</summary>
    private static long? OffsetOf(SafeFileHandle handle, long length, long entry, long total, int hashSize, Span<byte> word)
    {
        var offsets = HeaderBytes + FanOutBytes + (total * hashSize) + (total * 4);
        if (UInt32At(handle, offsets + (entry * 4), word) is not { } small)
        {
            return null;
        }

        if ((small & 0x8000_0000u) == 0)
        {
            return small;
        }

        var large = offsets + (total * 4) + ((small & 0x7FFF_FFFFu) * 8L);
        if (large + 8 > length || !Read(handle, word, large))
        {
            return null;
        }

        var value = BinaryPrimitives.ReadUInt64BigEndian(word);
        return value <= long.MaxValue ? (long)value : null;
    }

    private static uint? UInt32At(SafeFileHandle handle, long offset, Span<byte> word) =>
        Read(handle, word[..4], offset) ? BinaryPrimitives.ReadUInt32BigEndian(word) : null;

    private static bool Read(SafeFileHandle handle, Span<byte> into, long offset)
    {
        var total = 0;
        while (total < into.Length)
        {
            var read = RandomAccess.Read(handle, into[total..], offset + total);
            if (read == 0)
            {
                return false;
            }

            total += read;
        }

        return true;
    }
}
