using System.IO.Pipes;
using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>poll(2) on a real pipe: nothing to read, data, and the end of input.</summary>
public sealed class InputReadinessTests
{
    [Fact]
    public void An_empty_open_pipe_is_not_readable_within_the_timeout()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);

        Assert.Equal(Readiness.TimedOut, InputReadiness.WaitReadable(Descriptor(reader), TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void A_pipe_with_data_is_readable()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        writer.Write("{"u8);
        writer.Flush();

        Assert.Equal(Readiness.Ready, InputReadiness.WaitReadable(Descriptor(reader), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void The_end_of_input_is_readable()
    {
        var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        writer.Dispose();

        Assert.Equal(Readiness.Ready, InputReadiness.WaitReadable(Descriptor(reader), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Data_arriving_during_the_wait_ends_it()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        var late = Task.Run(async () =>
        {
            await Task.Delay(50);
            writer.Write("{"u8);
            writer.Flush();
        });

        Assert.Equal(Readiness.Ready, InputReadiness.WaitReadable(Descriptor(reader), TimeSpan.FromSeconds(30)));
        await late;
    }

    private static int Descriptor(AnonymousPipeClientStream reader) => (int)reader.SafePipeHandle.DangerousGetHandle();
}
