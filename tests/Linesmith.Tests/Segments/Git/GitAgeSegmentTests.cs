using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Linesmith.Segments.Git;
using Linesmith.Tests.Rendering;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments.Git;

/// <summary>
/// git_age reads HEAD's commit object from .git (loose or in a pack, SHA-1 and SHA-256) written by the real git,
/// and every hostile shape of docs/hostile-inputs.md: corrupt, truncated, huge, not a file, missing, deltified,
/// a committer time in the future or beyond any date. Each is hidden, never a crash, and reads are bounded.
/// </summary>
public sealed class GitAgeSegmentTests : IDisposable
{
    private readonly ScratchRepository _repo = new(RenderHarness.Now.AddHours(-3));
    private readonly SegmentLine _line = new();

    public void Dispose() => _repo.Dispose();

    private string Show(string? directory = null, string keys = "") =>
        _line.Segment($$"""{"cwd":{{System.Text.Json.JsonSerializer.Serialize(directory ?? _repo.Path)}}}""", "git_age", keys);

    private string Head => _repo.Git("rev-parse", "HEAD").Trim();

    private string Loose(string id) => Path.Join(_repo.GitDirectory, "objects", id[..2], id[2..]);

    [Fact]
    public void A_loose_commit_gives_the_time_since_it_was_made()
    {
        _repo.Commit("a.txt", "a\n");

        Assert.True(File.Exists(Loose(Head)));
        Assert.Equal("3h", Show());
        Assert.Equal("⧖ age: 3h", Show(keys: "icon = \"⧖\"\nlabel = \"age\""));
    }

    [Fact]
    public void A_packed_commit_is_read_through_the_pack_index()
    {
        _repo.Commit("a.txt", "a\n");
        _repo.CommitTime = RenderHarness.Now.AddDays(-3);
        _repo.Commit("a.txt", "b\n");
        _repo.Git("gc", "-q", "--prune=now");

        Assert.False(File.Exists(Loose(Head)));
        Assert.Equal("3d", Show());
    }

    [Fact]
    public void A_sha256_repository_is_read_loose_and_packed()
    {
        using var repo = new ScratchRepository(RenderHarness.Now.AddMinutes(-5), "--object-format=sha256");
        repo.Commit("a.txt", "a\n");
        var json = $$"""{"cwd":{{System.Text.Json.JsonSerializer.Serialize(repo.Path)}}}""";
        Assert.Equal(64, repo.Git("rev-parse", "HEAD").Trim().Length);

        Assert.Equal("5m", _line.Segment(json, "git_age"));
        repo.Git("gc", "-q", "--prune=now");
        Assert.Equal("5m", _line.Segment(json, "git_age"));
    }

    [Fact]
    public void A_linked_worktree_and_a_symlinked_git_directory_read_the_shared_objects()
    {
        _repo.Commit("a.txt", "a\n");
        var worktree = Path.Join(Path.GetDirectoryName(_repo.Path)!, "wt");
        _repo.Git("worktree", "add", "-q", worktree);
        Assert.Equal("3h", Show(worktree));

        var elsewhere = Path.Join(Path.GetDirectoryName(_repo.Path)!, "elsewhere.git");
        Directory.Move(_repo.GitDirectory, elsewhere);
        Directory.CreateSymbolicLink(_repo.GitDirectory, elsewhere);
        Assert.Equal("3h", Show());
    }

    [Theory]
    [InlineData(0, "<1m")]
    [InlineData(59, "<1m")]
    [InlineData(60, "1m")]
    [InlineData(3599, "59m")]
    [InlineData(3600, "1h")]
    [InlineData(86399, "23h")]
    [InlineData(86400, "1d")]
    [InlineData(364 * 86400, "364d")]
    [InlineData(365 * 86400, "1y")]
    [InlineData(56L * 365 * 86400, "56y")]
    public void The_age_is_the_largest_whole_unit(long seconds, string expected)
    {
        Assert.Equal(expected, GitAgeSegment.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData("committer t <t@example.com> 1795608000 +0000", "<1m")]
    [InlineData("committer t <t@example.com> 0 +0000", "56y")]
    [InlineData("committer a b <c d> 1795597200 -0730", "3h")]
    [InlineData("committer t <t@example.com> 1795608061 +0000", "")]
    [InlineData("committer t <t@example.com> 253402300799 +0000", "")]
    [InlineData("committer t <t@example.com> 253402300800 +0000", "")]
    [InlineData("committer t <t@example.com> 99999999999999999999999 +0000", "")]
    [InlineData("committer t <t@example.com> -5 +0000", "")]
    [InlineData("committer t <t@example.com> 1e9 +0000", "")]
    [InlineData("committer t <t@example.com> 1795597200", "")]
    [InlineData("committer t <t@example.com> 1795597200 zone", "")]
    [InlineData("committer", "")]
    [InlineData("author t <t@example.com> 1795597200 +0000", "")]
    [InlineData("\ncommitter t <t@example.com> 1795597200 +0000", "")]
    public void The_committer_time_is_read_from_the_headers_and_anything_absurd_hides_the_segment(string header, string expected)
    {
        WriteHead(LooseObject("commit", $"tree {new string('0', 40)}\nauthor t <t@example.com> 1795597200 +0000\n{header}\n\nmessage\n"));

        Assert.Equal(expected, Show());
    }

    [Fact]
    public void A_commit_whose_headers_are_longer_than_the_cap_is_hidden_and_the_inflated_read_is_bounded()
    {
        var parents = string.Concat(Enumerable.Repeat($"parent {new string('1', 40)}\n", 50_000));
        WriteHead(LooseObject("commit", $"tree {new string('0', 40)}\n{parents}committer t <t> 1795597200 +0000\n\n"));

        Assert.Equal(string.Empty, Show());
    }

    public static TheoryData<string> HostileLooseObjects => new()
    {
        "garbage",
        "truncated",
        "blob",
        "empty",
        "directory",
        "huge-sparse",
    };

    [Theory]
    [MemberData(nameof(HostileLooseObjects))]
    public void A_hostile_loose_object_hides_the_segment_quickly(string kind)
    {
        var id = new string('a', 40);
        var path = Loose(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var real = LooseObjectBytes("commit", "tree 0\ncommitter t <t> 1795597200 +0000\n\n");
        switch (kind)
        {
            case "garbage": File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(4096)); break;
            case "truncated": File.WriteAllBytes(path, real[..(real.Length / 3)]); break;
            case "blob": File.WriteAllBytes(path, LooseObjectBytes("blob", "committer t <t> 1795597200 +0000\n")); break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "directory": Directory.CreateDirectory(path); break;
            case "huge-sparse":
                using (var file = File.Create(path))
                {
                    file.SetLength(1L << 30);
                }

                break;
        }

        WriteHead(id);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.Equal(string.Empty, Show());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{kind}: {watch.Elapsed}");
    }

    [Fact]
    public void A_head_that_names_a_missing_object_hides_the_segment()
    {
        WriteHead(new string('b', 40));

        Assert.Equal(string.Empty, Show());
    }

    [Fact]
    public void A_zlib_bomb_is_inflated_only_up_to_the_cap()
    {
        var bomb = new MemoryStream();
        using (var zlib = new ZLibStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write("commit 99999999999\0tree 0\n"u8);
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 256; i++)
            {
                zlib.Write(zeros);
            }
        }

        var id = new string('c', 40);
        Directory.CreateDirectory(Path.GetDirectoryName(Loose(id))!);
        File.WriteAllBytes(Loose(id), bomb.ToArray());
        WriteHead(id);

        Assert.Equal(string.Empty, Show());
    }

    [Fact]
    public void A_whole_commit_in_a_hand_written_pack_is_read_and_a_deltified_one_is_hidden()
    {
        var id = Convert.FromHexString(new string('d', 40));
        var content = Encoding.UTF8.GetBytes("tree 0\ncommitter t <t> 1795597200 +0000\n\n");
        WritePack(id, Entry(1, content));
        WriteHead(Convert.ToHexStringLower(id));
        Assert.Equal("3h", Show());

        WritePack(id, Entry(6, content));
        Assert.Equal(string.Empty, Show());
    }

    [Theory]
    [InlineData("count-beyond-file")]
    [InlineData("offset-beyond-pack")]
    [InlineData("large-offset-beyond-index")]
    [InlineData("bad-magic")]
    [InlineData("bad-pack-header")]
    [InlineData("fanout-decreasing")]
    public void A_corrupt_pack_index_or_pack_hides_the_segment(string kind)
    {
        var id = Convert.FromHexString(new string('e', 40));
        var content = Encoding.UTF8.GetBytes("tree 0\ncommitter t <t> 1795597200 +0000\n\n");
        var (index, pack) = WritePack(id, Entry(1, content));
        var idx = File.ReadAllBytes(index);
        switch (kind)
        {
            case "count-beyond-file": BinaryPrimitives.WriteUInt32BigEndian(idx.AsSpan(8 + (255 * 4)), uint.MaxValue); break;
            case "offset-beyond-pack": BinaryPrimitives.WriteUInt32BigEndian(idx.AsSpan(8 + 1024 + 20 + 4), 1u << 30); break;
            case "large-offset-beyond-index": BinaryPrimitives.WriteUInt32BigEndian(idx.AsSpan(8 + 1024 + 20 + 4), 0x8000_0005u); break;
            case "bad-magic": idx[1] = (byte)'x'; break;
            case "bad-pack-header": File.WriteAllBytes(pack, [.. "PACX"u8, .. File.ReadAllBytes(pack)[4..]]); break;
            case "fanout-decreasing": BinaryPrimitives.WriteUInt32BigEndian(idx.AsSpan(8 + (0xed * 4)), 5); break;
        }

        File.WriteAllBytes(index, idx);
        WriteHead(Convert.ToHexStringLower(id));

        Assert.Equal(string.Empty, Show());
    }

    [Fact]
    public void Outside_a_repository_and_before_the_first_commit_the_segment_hides()
    {
        Assert.Equal(string.Empty, Show());
        using var plain = new TempDir();
        Assert.Equal(string.Empty, Show(plain.Path));
    }

    private static byte[] LooseObjectBytes(string type, string content)
    {
        var body = Encoding.UTF8.GetBytes(content);
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes($"{type} {body.Length}\0"));
            zlib.Write(body);
        }

        return output.ToArray();
    }

    /// <summary>Writes a loose object as git would (its id is made up: the reader never checks the hash) and returns the id.</summary>
    private string LooseObject(string type, string content)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))[..20]);
        Directory.CreateDirectory(Path.GetDirectoryName(Loose(id))!);
        File.WriteAllBytes(Loose(id), LooseObjectBytes(type, content));
        return id;
    }

    private void WriteHead(string id) => File.WriteAllText(Path.Join(_repo.GitDirectory, "HEAD"), id + "\n");

    /// <summary>A pack entry: the type and size header, then the zlib stream (a delta's base reference is left out: it is never read).</summary>
    private static byte[] Entry(int type, byte[] content)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        var size = content.Length;
        var header = new List<byte> { (byte)((type << 4) | (size & 15) | (size > 15 ? 0x80 : 0)) };
        for (size >>= 4; size > 0; size >>= 7)
        {
            header.Add((byte)((size & 0x7F) | (size > 0x7F ? 0x80 : 0)));
        }

        return [.. header, .. compressed.ToArray()];
    }

    /// <summary>A version 2 pack with one entry and its version 2 index, as gitformat-pack(5) describes them.</summary>
    private (string Index, string Pack) WritePack(byte[] id, byte[] entry)
    {
        var directory = Path.Join(_repo.GitDirectory, "objects", "pack");
        Directory.CreateDirectory(directory);
        var pack = new List<byte>([.. "PACK"u8, 0, 0, 0, 2, 0, 0, 0, 1]);
        pack.AddRange(entry);
        pack.AddRange(new byte[20]);

        var index = new List<byte>([0xFF, (byte)'t', (byte)'O', (byte)'c', 0, 0, 0, 2]);
        for (var b = 0; b < 256; b++)
        {
            var word = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(word, b >= id[0] ? 1u : 0u);
            index.AddRange(word);
        }

        index.AddRange(id);
        index.AddRange(new byte[4]);
        index.AddRange(new byte[] { 0, 0, 0, 12 });
        index.AddRange(new byte[40]);
        var (indexPath, packPath) = (Path.Join(directory, "pack-x.idx"), Path.Join(directory, "pack-x.pack"));
        File.WriteAllBytes(indexPath, [.. index]);
        File.WriteAllBytes(packPath, [.. pack]);
        return (indexPath, packPath);
    }
}
