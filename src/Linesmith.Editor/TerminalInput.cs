using Terminal.Gui.Drivers;

namespace Linesmith.Editor;

/// <summary>
/// Terminal.Gui's ANSI input, read the same way, with two changes on Unix: between keys its thread
/// waits in <c>poll(2)</c> on stdin instead of looking every 20 ms, and every key wakes the main loop
/// (<see cref="IdleGate"/>); and a terminal that hangs up (the window closed, <c>tmux kill-server</c>)
/// ends the editor, where the toolkit's loop would keep finding "input available" and spin.
/// </summary>
internal sealed class TerminalInput(IdleGate gate, Action hangUp) : AnsiInput
{
    /// <summary>How long one wait for a key lasts; also how late the input thread sees that the editor is ending.</summary>
    private static readonly TimeSpan KeyWait = TimeSpan.FromMilliseconds(250);

    private bool _hungUp;

    public override bool Peek()
    {
        if (_hungUp)
        {
            Thread.Sleep(KeyWait);
            return false;
        }

        switch (TerminalPoll.Wait(0, KeyWait))
        {
            case TerminalPoll.State.Readable when base.Peek():
                gate.Wake();
                return true;
            case TerminalPoll.State.HungUp:
                _hungUp = true;
                hangUp();
                gate.Wake();
                return false;
            default:
                return false;
        }
    }
}
