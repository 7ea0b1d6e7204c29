using System.IO.Compression;
using Linesmith.Platform;

namespace Linesmith.Segments.Git;

/// <summary>
/// Reads the start of a commit object from the object store in the common directory, without a git process
/// (issue 14; docs/adr/0022-commit-time-from-the-object-store.md): a loose object (<c>objects/xx/…</c>, zlib with a
/// <c>commit &lt;size&gt;\0</c> header), else a whole (not deltified) commit in a pack found through its
/// <c>.idx</c> (<see cref="GitPackIndex"/>). Every read is bounded: at most <see cref="MaxCompressedBytes"/> of a
/// file are read and at most <see cref="MaxContentBytes"/> inflated, whatever the file or the stream claims.
/// SHA-1 and SHA-256 repositories alike: the hash size is the length of the id HEAD names.
/// </summary>
internal static class GitObjects
{
    /// <summary>The headers of any real commit (tree, parents, author, committer) fit many times over; a longer start is not read.</summary>
    public const int MaxContentBytes = 64 * 1024;

    /// <summary>Compressed bytes read for that start: deflate never needs more than the output plus a little per block.</summary>
    public const int MaxCompressedBytes = 256 * 1024;

    /// <summary>Pack index files looked at; a repository with more needs <c>git gc</c>, not a statusline reading them all.</summary>
    private const int MaxPacks = 64;

    /// <summary>The first bytes of the commit <paramref name="id"/> (hex, 40 or 64 digits), headers first.</summary>
    public static GitObjectRead ReadCommit(string commonDirectory, string id)
    {
        var objects = Path.Join(commonDirectory, "objects");
        var loose = Path.Join(objects, id[..2], id[2..]);
        if (ReadStart(loose, 0) is { } compressed)
        {
            return Inflate(compressed, 0) is { } content ? FromLoose(content) : GitObjectRead.Missing("the loose object is not valid zlib");
        }

        var hash = Convert.FromHexString(id);
        var pack = Path.Join(objects, "pack");
        IEnumerable<string> indexes;
        try
        {
            indexes = Directory.Exists(pack) ? Directory.EnumerateFiles(pack, "*.idx").Take(MaxPacks).ToList() : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return GitObjectRead.Missing("the pack directory cannot be read");
        }

        foreach (var index in indexes)
        {
            if (GitPackIndex.Offset(index, hash) is { } offset)
            {
                return FromPack(Path.ChangeExtension(index, ".pack"), offset);
            }
        }

        return GitObjectRead.Missing("no loose object and no pack index names it");
    }

    /// <summary>A loose object: <c>commit &lt;size&gt;\0</c>, then the content.</summary>
    private static GitObjectRead FromLoose(byte[] inflated)
    {
        var nul = Array.IndexOf(inflated, (byte)0);
        if (nul < 0 || !inflated.AsSpan(0, nul).StartsWith("commit "u8))
        {
            return GitObjectRead.Missing("the loose object is not a commit");
        }

        return GitObjectRead.Found(inflated[(nul + 1)..]);
    }

    /// <summary>
    /// A pack entry: a type and size in a variable-length header, then zlib. Types 1 (commit) are read; 6 and 7
    /// (a delta against another object) would need the chain resolved, which this reader leaves to git (hidden).
    /// </summary>
    private static GitObjectRead FromPack(string packPath, long offset)
    {
        if (ReadStart(packPath, 0, 12) is not { Length: 12 } head || !head.AsSpan(0, 4).SequenceEqual("PACK"u8) || head[7] is not (2 or 3) || head[4] != 0 || head[5] != 0 || head[6] != 0)
        {
            return GitObjectRead.Missing("the pack file has no valid header");
        }

        if (offset < 12 || ReadStart(packPath, offset) is not { Length: > 0 } entry)
        {
            return GitObjectRead.Missing("the pack index points outside the pack");
        }

        var type = (entry[0] >> 4) & 7;
        var position = 0;
        while ((entry[position] & 0x80) != 0)
        {
            if (++position >= Math.Min(entry.Length, 10))
            {
                return GitObjectRead.Missing("the pack entry's header is corrupt");
            }
        }

        return type switch
        {
            1 => Inflate(entry, position + 1) is { } content ? GitObjectRead.Found(content) : GitObjectRead.Missing("the pack entry is not valid zlib"),
            6 or 7 => GitObjectRead.Missing("the commit is deltified in its pack (left to git)"),
            _ => GitObjectRead.Missing("the pack entry is not a commit"),
        };
    }

    /// <summary>Up to <paramref name="count"/> bytes of a regular file from <paramref name="offset"/>; null when it is missing or refused.</summary>
    private static byte[]? ReadStart(string path, long offset, int count = MaxCompressedBytes)
    {
        try
        {
            using var handle = BoundedFile.OpenRegular(path, out var length);
            if (offset >= length)
            {
                return [];
            }

            var buffer = new byte[(int)Math.Min(count, length - offset)];
            var total = 0;
            while (total < buffer.Length && RandomAccess.Read(handle, buffer.AsSpan(total), offset + total) is var read and > 0)
            {
                total += read;
            }

            return total == buffer.Length ? buffer : buffer[..total];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>At most <see cref="MaxContentBytes"/> inflated from the zlib stream at <paramref name="start"/>; null when it is not zlib.</summary>
    private static byte[]? Inflate(byte[] compressed, int start)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed, start, compressed.Length - start), CompressionMode.Decompress);
            var output = new byte[MaxContentBytes];
            var total = 0;
            while (total < output.Length && zlib.Read(output, total, output.Length - total) is var read and > 0)
            {
                total += read;
            }

            return total > 0 ? output[..total] : null;
        }
        catch (InvalidDataException)
        {
            // Corrupt or cut short after the part that was read: the headers may already be whole, and the parser
            // finds out (the checksum at the end of the stream is never reached for the cap's sake either).
            return null;
        }
    }
}
