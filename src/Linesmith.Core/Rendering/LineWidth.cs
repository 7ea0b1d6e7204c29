namespace Linesmith.Rendering;

/// <summary>
/// The cells Claude Code really gives the status line (docs/spec/decisions.md#d14-the-line-fits-the-cells-the-host-gives). It passes the terminal
/// width as <c>COLUMNS</c> but draws the line <c>2 + padding</c> cells in and cuts anything wider than
/// <c>COLUMNS − 4 − 2 × padding</c> with its own <c>…</c>, where padding is <c>statusLine.padding</c>
/// in its settings (absent counts as 0). Measured with Claude Code 2.1.332 in tmux at 50, 80 and 120
/// columns with padding absent, 0, 1, 2, 4 and 8: a line of exactly that many cells is shown whole,
/// one cell more is cut.
/// </summary>
internal static class LineWidth
{
    /// <summary>Cells Claude Code keeps for itself with <c>padding: 0</c>: 2 on the left, 2 on the right.</summary>
    public const int HostReserve = 4;

    /// <summary>
    /// The cells to fit into for <paramref name="columns"/> (<see cref="TerminalColumns"/>), or null
    /// without it (no limit). Never less than 1: a terminal too narrow for anything still gets one
    /// sensible cell (<c>…</c>).
    /// </summary>
    public static int? Cells(int? columns, int claudePadding) =>
        columns is { } value ? (int)Math.Max(1, (long)value - HostReserve - (2L * claudePadding)) : null;
}
