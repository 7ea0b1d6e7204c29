using Linesmith.Cli;
using Linesmith.Platform;

// The one catch boundary (STYLE.md): below this line expected failures are values; anything that
// still escapes is a bug, reported as one short line on stderr and exit code 1, never a stack trace.
var world = new World(EnvironmentSnapshot.FromProcess(), TimeProvider.System, Console.Out, Console.Error, Environment.ProcessPath);
try
{
    return CommandLine.Run(args, world);
}
catch (Exception exception)
{
    world.Error.WriteLine($"linesmith: internal error ({exception.GetType().Name}): {exception.Message}");
    return ExitCodes.Failure;
}
