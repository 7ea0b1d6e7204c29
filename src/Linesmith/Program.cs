using Linesmith.Cli;
using Linesmith.Platform;

// The one catch boundary (STYLE.md): below this line expected failures are values; anything that
// still escapes is a bug, reported as one short line on stderr, never a stack trace. A statusline
// render still exits 0 so that Claude Code keeps showing the line on the next update.
var world = new World(
    EnvironmentSnapshot.FromProcess(),
    TimeProvider.System,
    Console.Out,
    Console.Error,
    Console.OpenStandardInput,
    static () => TimeZoneInfo.Local,
    Environment.ProcessPath,
    !Console.IsInputRedirected,
    static timeout => InputReadiness.WaitReadable(0, timeout));
try
{
    return CommandLine.Run(args, world);
}
catch (Exception exception)
{
    world.Error.WriteLine($"linesmith: internal error ({exception.GetType().Name}): {Linesmith.Rendering.TerminalText.Sanitize(exception.Message)}");
    return CommandLine.IsRender(args) ? ExitCodes.Success : ExitCodes.Failure;
}
