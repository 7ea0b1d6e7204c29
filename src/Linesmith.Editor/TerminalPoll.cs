using System.Runtime.InteropServices;

namespace Linesmith.Editor;

/// <summary>
/// <c>poll(2)</c> on one descriptor, telling readable from hung up (POLLHUP, POLLERR, POLLNVAL without
/// data): <see cref="Platform.InputReadiness"/> answers only "readable", which a closed terminal
/// always is.
/// </summary>
internal static partial class TerminalPoll
{
    private const short PollIn = 0x1;
    private const short PollError = 0x8;
    private const short PollHangUp = 0x10;
    private const short PollInvalid = 0x20;

    public enum State
    {
        TimedOut,
        Readable,
        HungUp,
    }

    public static State Wait(int descriptor, TimeSpan timeout)
    {
        var poll = new PollDescriptor { Descriptor = descriptor, Events = PollIn };
        var ready = Poll(ref poll, 1, (int)timeout.TotalMilliseconds);
        if (ready <= 0)
        {
            // A signal (EINTR) or nothing within the timeout: the caller asks again.
            return State.TimedOut;
        }

        // A hung-up terminal reports POLLIN as well (Linux tty_poll): the hang-up decides.
        return (poll.ReturnedEvents & (PollHangUp | PollError | PollInvalid)) != 0 ? State.HungUp
            : (poll.ReturnedEvents & PollIn) != 0 ? State.Readable
            : State.TimedOut;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);
}
