using System.IO.Pipes;
using System.Text;
using Linesmith.Input;

namespace Linesmith.Tests.Input;

/// <summary>Reading stdin with a deadline and a cap (statusline-contract.md §3.2: Claude Code may keep stdin open).</summary>
public sealed class StdinReaderTests
{
    private const string Document = """{"model": {"display_name": "Opus"}}""";

    [Fact]
    public void Reads_to_end_of_input()
    {
        var result = StdinReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("  " + Document)), TimeSpan.FromSeconds(5));

        Assert.Equal("  " + Document, Encoding.UTF8.GetString(result.Bytes));
    }

    [Fact]
    public void Stops_at_a_complete_document_while_the_writer_keeps_the_pipe_open()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        server.Write(Encoding.UTF8.GetBytes(Document + "\n"));
        server.Flush();

        var result = StdinReader.Read(client, TimeSpan.FromSeconds(30));

        Assert.Equal(StdinOutcome.CompleteDocument, result.Outcome);
        Assert.Equal(Document + "\n", Encoding.UTF8.GetString(result.Bytes));
    }

    [Fact]
    public void Gives_up_at_the_deadline_with_what_it_has_when_the_document_never_completes()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        server.Write("{\"model\": "u8);
        server.Flush();

        var result = StdinReader.Read(client, TimeSpan.FromMilliseconds(200));
        server.Dispose(); // EOF for the reader thread still blocked in read, so that the client can be disposed

        Assert.Equal(StdinOutcome.Deadline, result.Outcome);
        Assert.Equal("{\"model\": ", Encoding.UTF8.GetString(result.Bytes));
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
}
