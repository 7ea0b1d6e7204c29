using Linesmith.Platform;

namespace Linesmith.Host;

/// <summary>
/// Everything a command may read from or write to outside itself, handed in by <c>Program</c>.
/// <see cref="ProcessPath"/> is this program's own executable, which a render starts again as the
/// background refresher (docs/adr/0011-refresh-in-a-detached-process.md). <see cref="InputIsTerminal"/> lets <c>init</c> ask for a
/// preset only when a person can answer. <see cref="WaitInput"/> waits until the input is readable,
/// for at most the given time, or says it cannot tell (a <see cref="Readiness"/>); tests leave it out.
/// <see cref="Deadline"/> is the command's watchdog (<see cref="CommandBounds"/>), armed before the
/// command starts; a render moves it once its config is read.
/// </summary>
internal sealed record World(
    EnvironmentSnapshot Environment,
    TimeProvider Clock,
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenInput,
    Func<TimeZoneInfo> LocalZone,
    string? ProcessPath = null,
    bool InputIsTerminal = false,
    Func<TimeSpan, Readiness>? WaitInput = null,
    RunDeadline? Deadline = null);
