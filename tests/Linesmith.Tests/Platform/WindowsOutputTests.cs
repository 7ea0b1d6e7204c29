using System.IO.Pipes;
using System.Text;
using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>
/// The pieces of Windows' standard output that do not need Windows: UTF-8 without a BOM through a
/// stream whose failures are dropped (<see cref="SilentOutput"/>), and the watchdog's last words given
/// up after a moment when the write would block on a full pipe (<see cref="BoundedWrite"/>).
/// </summary>
public sealed class WindowsOutputTests
{
    [Fact]
    public void The_line_reaches_a_pipe_as_utf8_without_a_byte_order_mark()
    {
        var sink = new MemoryStream();
        using (var writer = new StreamWriter(new SilentOutput(sink), new UTF8Encoding(false), 1024) { AutoFlush = true })
        {
            writer.Write("Opus 5.5 █▌ 42% ↑ é ✓ 🙂");
        }

        Assert.Equal(Encoding.UTF8.GetBytes("Opus 5.5 █▌ 42% ↑ é ✓ 🙂"), sink.ToArray());
    }

    [Fact]
    public void A_write_to_a_pipe_whose_reader_left_is_dropped_and_so_is_everything_after_it()
    {
        var server = new AnonymousPipeServerStream(PipeDirection.In);
        var client = new AnonymousPipeClientStream(PipeDirection.Out, server.ClientSafePipeHandle);
        server.Dispose();
        var output = new SilentOutput(client);

        output.Write("first"u8);
        output.Write("second"u8);

        Assert.True(output.Failed);
    }

    [Fact]
    public void A_closed_stream_is_dropped_silently()
    {
        var closed = new MemoryStream();
        closed.Dispose();
        var output = new SilentOutput(closed);

        output.Write("x"u8);

        Assert.True(output.Failed);
    }

    [Fact]
    public void Last_words_to_a_pipe_with_room_are_written()
    {
        var sink = new MemoryStream();

        Assert.True(BoundedWrite.Within(() => sink, "linesmith: timed out\n"u8, TimeSpan.FromSeconds(30)));
        Assert.Equal("linesmith: timed out\n"u8.ToArray(), sink.ToArray());
    }

    [Fact]
    public void Last_words_to_a_full_pipe_nobody_reads_are_given_up_after_the_patience()
    {
        using var release = new ManualResetEventSlim();
        var stuck = new StuckStream(release);

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var written = BoundedWrite.Within(() => stuck, "linesmith: timed out\n"u8, TimeSpan.FromMilliseconds(100));
        var waited = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        release.Set();

        Assert.False(written);
        Assert.True(stuck.Entered, "the write was never attempted");
        Assert.True(waited < TimeSpan.FromSeconds(20), "the watchdog waited for the stuck write");
    }

    [Fact]
    public void Last_words_that_fail_are_reported_as_not_written() =>
        Assert.False(BoundedWrite.Within(() => throw new IOException("broken pipe"), "x"u8, TimeSpan.FromSeconds(30)));

    /// <summary>A write that blocks until released, as one to a full pipe that nobody reads does.</summary>
    private sealed class StuckStream(ManualResetEventSlim release) : MemoryStream
    {
        public bool Entered { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Entered = true;
            release.Wait();
        }
    }
}
