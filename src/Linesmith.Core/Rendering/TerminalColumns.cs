using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Rendering;

/// <summary>
/// The line width from <c>COLUMNS</c>, which Claude Code sets for the statusline since 2.1.153. A
/// value that is not a whole number from 1 to <see cref="MaxColumns"/> is refused (docs/guarantees.md)
/// and the line has no width limit, as when the variable is unset.
/// </summary>
internal static class TerminalColumns
{
    /// <summary>Wider than any terminal; keeps every width sum of the layout far from <see cref="int.MaxValue"/>.</summary>
    public const int MaxColumns = 65_535;

    public static int? Read(EnvironmentSnapshot environment, out string? problem) =>
        (int?)EnvironmentInteger.Read(environment, EnvironmentVariables.Columns, 1, MaxColumns, "no width limit", out problem);
}
