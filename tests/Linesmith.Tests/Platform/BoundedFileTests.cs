using System.Diagnostics;
using System.Net.Sockets;
using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>The one bounded read (docs/guarantees.md, "Every file read is bounded"): regular files only, never a hang, never more than the cap.</summary>
public sealed class BoundedFileTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public void A_regular_file_is_read_whole()
    {
        var path = _temp.Join("a");
        File.WriteAllBytes(path, [1, 2, 3]);

        Assert.Equal([1, 2, 3], BoundedFile.ReadAll(path, 3));
    }

    [Fact]
    public void A_file_over_the_cap_is_null_without_reading_it()
    {
        var path = _temp.Join("big");
        using (var file = File.Create(path))
        {
            file.SetLength(1L << 40);
        }

        Assert.Null(BoundedFile.ReadAll(path, 1024));
    }

    [Fact]
    public void A_FIFO_with_no_writer_is_refused_at_once()
    {
        var path = _temp.Join("fifo");
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            mkfifo.WaitForExit();
        }

        var refusal = Assert.Throws<IOException>(() => BoundedFile.ReadAll(path, 1024));
        Assert.Equal(FileProblem.NotRegular, FileProblems.Classify(refusal));
        Assert.EndsWith("not a regular file (a FIFO)", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "a character device")]
    [InlineData("/dev/urandom", "a character device")]
    [InlineData("directory", "a directory")]
    public void A_device_or_a_directory_is_refused_also_behind_a_symlink(string target, string kind)
    {
        if (target == "directory")
        {
            target = _temp.Join("directory");
            Directory.CreateDirectory(target);
        }

        var link = _temp.Join("link");
        File.CreateSymbolicLink(link, target);

        var refusal = Assert.Throws<IOException>(() => BoundedFile.ReadAll(link, 1024));
        Assert.EndsWith($"not a regular file ({kind})", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_socket_is_refused()
    {
        var path = _temp.Join("socket");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var refusal = Assert.Throws<IOException>(() => BoundedFile.ReadAll(path, 1024));
        Assert.Equal(FileProblem.NotRegular, FileProblems.Classify(refusal));
    }

    [Fact]
    public void Missing_files_and_directories_throw_what_a_file_stream_throws()
    {
        Assert.Throws<FileNotFoundException>(() => BoundedFile.ReadAll(_temp.Join("missing"), 1024));
        Assert.Throws<DirectoryNotFoundException>(() => BoundedFile.ReadAll(_temp.Join("no", "such"), 1024));
    }

    [Fact]
    public void A_missing_file_is_no_reason_to_refuse_writing_it_and_a_FIFO_is()
    {
        BoundedFile.RefuseNonRegular(_temp.Join("missing"));
        var fifo = _temp.Join("fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        Assert.Throws<IOException>(() => BoundedFile.RefuseNonRegular(fifo));
    }

    public void Dispose() => _temp.Dispose();
}
