using Linesmith.Cli;
using Linesmith.Host;
using Linesmith.Platform;

// The one catch boundary (docs/style.md): below this line expected failures are values; anything that
// still escapes is a bug, reported as one short line on stderr, never a stack trace. A statusline
// render still exits 0 so that Claude Code keeps showing the line on the next update.
// On Unix the standard streams are plain descriptors (StandardStreams): no Console, so no terminal
// mode is ever set, and no write to a closed or full stream can throw (docs/guarantees.md). On Windows
// output is UTF-8 to a pipe, UTF-16 to a console, and never throws either (WindowsStandardStreams).
var unix = !OperatingSystem.IsWindows();
if (unix)
{
    StandardStreams.EnsureOpen();
}

var world = new World(
    EnvironmentSnapshot.FromProcess(),
    TimeProvider.System,
    StandardStreams.Writer(1),
    StandardStreams.Writer(2),
    unix ? StandardStreams.Input : Console.OpenStandardInput,
    static () => TimeZoneInfo.Local,
    Environment.ProcessPath,
    OperatingSystem.IsWindows() ? WindowsStandardStreams.InputIsConsole() : StandardStreams.IsTerminal(0),
    static timeout => InputReadiness.WaitReadable(0, timeout));
try
{
    return CommandLine.Run(args, world);
}
catch (Exception exception)
{
    try
    {
        var known = TlsFailure.DescribeUnexpected(exception, OperatingSystem.IsLinux(), File.Exists);
        world.Error.WriteLine(known is not null
            ? $"linesmith: {known}"
            : $"linesmith: internal error ({exception.GetType().Name}): {Linesmith.Text.TerminalText.Sanitize(exception.Message)}");
    }
    catch (IOException)
    {
        // Nothing is left to tell.
    }

    return CommandLine.IsRender(args) ? ExitCodes.Success : ExitCodes.Failure;
}
