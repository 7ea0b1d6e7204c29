using Linesmith.Platform;

namespace Linesmith.Cli;

/// <summary>
/// Everything a command may read from or write to outside itself, handed in by <c>Program</c>.
/// <see cref="ProcessPath"/> is this program's own executable, which a render starts again as the
/// background refresher ("Our decisions" 3). <see cref="InputIsTerminal"/> lets <c>init</c> ask for a
/// preset only when a person can answer.
/// </summary>
internal sealed record World(
    EnvironmentSnapshot Environment,
    TimeProvider Clock,
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenInput,
    Func<TimeZoneInfo> LocalZone,
    string? ProcessPath = null,
    bool InputIsTerminal = false);
