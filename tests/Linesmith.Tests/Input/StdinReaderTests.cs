using System.IO.Pipes;
using System.Text;
using Linesmith.Input;
using Linesmith.Platform;

namespace Linesmith.Tests.Input;

/// <summary>Reading stdin with a deadline and a cap (docs/spec/statusline-contract.md#invocation: Claude Code may keep stdin open).</summary>
public sealed class StdinReaderTests
{
    private const string Document = """{"model": {"display_name": "Opus"}}""";

    private static readonly string[] Pieces = ["{\"model\": ", "{\"display_name\": ", "\"Opus\"}"];

    [Fact]
    public void Reads_to_end_of_input()
    {
        var result = StdinReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("  " + Document)), TimeSpan.FromSeconds(5));

        Assert.Equal("  " + Document, Encoding.UTF8.GetString(result.Bytes));
    }

    // Each pipe test runs twice: polled on this thread (the real stdin) and on a reader thread (any other stream).
    public static TheoryData<bool> Paths => new() { true, false };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Stops_at_a_complete_document_while_the_writer_keeps_the_pipe_open(bool polled)
    {
        using var pipe = new Pipe();
        pipe.Writer.Write(Encoding.UTF8.GetBytes(Document + "\n"));
        pipe.Writer.Flush();

        var result = StdinReader.Read(pipe.Reader, TimeSpan.FromSeconds(30), waitReadable: pipe.WaitReadable(polled));

        Assert.Equal(StdinOutcome.CompleteDocument, result.Outcome);
        Assert.Equal(Document + "\n", Encoding.UTF8.GetString(result.Bytes));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Gives_up_at_the_deadline_with_what_it_has_when_the_document_never_completes(bool polled)
    {
        using var pipe = new Pipe();
        pipe.Writer.Write("{\"model\": "u8);
        pipe.Writer.Flush();

        var result = StdinReader.Read(pipe.Reader, TimeSpan.FromMilliseconds(200), waitReadable: pipe.WaitReadable(polled));

        Assert.Equal(StdinOutcome.Deadline, result.Outcome);
        Assert.Equal("{\"model\": ", Encoding.UTF8.GetString(result.Bytes));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Gives_up_at_the_deadline_when_nothing_ever_arrives(bool polled)
    {
        using var pipe = new Pipe();

        var result = StdinReader.Read(pipe.Reader, TimeSpan.FromMilliseconds(100), waitReadable: pipe.WaitReadable(polled));

        Assert.Equal(StdinOutcome.Deadline, result.Outcome);
        Assert.Empty(result.Bytes);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Reads_a_document_written_in_pieces_up_to_the_end_of_input(bool polled)
    {
        using var pipe = new Pipe();
        var writer = Task.Run(async () =>
        {
            foreach (var piece in Pieces)
            {
                pipe.Writer.Write(Encoding.UTF8.GetBytes(piece));
                pipe.Writer.Flush();
                await Task.Delay(20);
            }

            pipe.Writer.Dispose();
        });

        var result = StdinReader.Read(pipe.Reader, TimeSpan.FromSeconds(30), waitReadable: pipe.WaitReadable(polled));
        await writer;

        Assert.Equal(StdinOutcome.EndOfInput, result.Outcome);
        Assert.Equal("{\"model\": {\"display_name\": \"Opus\"}", Encoding.UTF8.GetString(result.Bytes));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Stops_at_the_size_cap_of_a_pipe_that_stays_open(bool polled)
    {
        using var pipe = new Pipe();
        pipe.Writer.Write(new byte[60_000]); // fits the pipe's buffer: the write does not block
        pipe.Writer.Flush();

        var result = StdinReader.Read(pipe.Reader, TimeSpan.FromSeconds(30), maxBytes: 50_000, waitReadable: pipe.WaitReadable(polled));

        Assert.Equal(StdinOutcome.TooLarge, result.Outcome);
        Assert.True(result.Bytes.Length <= 50_000);
    }

    [Fact]
    public void Falls_back_to_a_reader_thread_when_the_input_cannot_be_polled()
    {
        var result = StdinReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Document)), TimeSpan.FromSeconds(5), waitReadable: _ => Readiness.Unknown);

        Assert.Equal(StdinOutcome.CompleteDocument, result.Outcome);
        Assert.Equal(Document, Encoding.UTF8.GetString(result.Bytes));
    }

    [Fact]
    public void Stops_at_the_size_cap()
    {
        var result = StdinReader.Read(new MemoryStream(new byte[100_000]), TimeSpan.FromSeconds(5), maxBytes: 50_000);

        Assert.Equal(StdinOutcome.TooLarge, result.Outcome);
        Assert.True(result.Bytes.Length <= 50_000);
    }

    [Theory]
    [InlineData("{}", true)]
    [InlineData("{\"a\": [1, 2, {\"b\": \"}\"}]}\n", true)]
    [InlineData("{\"a\": ", false)]
    [InlineData("{\"a\": \"}", false)]
    [InlineData("", false)]
    public void Recognises_a_complete_document(string text, bool complete)
    {
        Assert.Equal(complete, StdinReader.IsCompleteDocument(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>An anonymous pipe: the test writes, the reader reads like stdin.</summary>
    private sealed class Pipe : IDisposable
    {
        public Pipe()
        {
            Writer = new AnonymousPipeServerStream(PipeDirection.Out);
            Reader = new AnonymousPipeClientStream(PipeDirection.In, Writer.ClientSafePipeHandle);
        }

        public AnonymousPipeServerStream Writer { get; }

        public AnonymousPipeClientStream Reader { get; }

        public Func<TimeSpan, Readiness>? WaitReadable(bool polled)
        {
            var descriptor = (int)Reader.SafePipeHandle.DangerousGetHandle();
            return polled ? timeout => InputReadiness.WaitReadable(descriptor, timeout) : null;
        }

        // The writer first: its end of input releases a reader thread still blocked in read.
        public void Dispose()
        {
            Writer.Dispose();
            Reader.Dispose();
        }
    }
}
