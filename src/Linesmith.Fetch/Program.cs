using Linesmith.Fetch;
using Linesmith.Platform;

// linesmith-fetch (docs/spec/fetcher.md): one usage request, read from stdin, answered on stdout. The one
// catch boundary (docs/style.md habit 6): anything that escapes is a bug, answered as a failure reply,
// never a stack trace; linesmith reads the reply as data either way.
if (args.Length > 0)
{
    return FetchRun.Arguments(args, Console.Out, Console.Error);
}

if (!OperatingSystem.IsWindows())
{
    StandardStreams.EnsureOpen();
}

using var output = Console.OpenStandardOutput();
try
{
    using var input = Console.OpenStandardInput();
    return FetchRun.Run(input, output, EnvironmentSnapshot.FromProcess(), TimeProvider.System, Console.Error);
}
catch (Exception exception)
{
    return FetchRun.Internal(output, exception);
}
