using Linesmith.Editor;
using Linesmith.Platform;

// linesmith-config: the interactive editor behind `linesmith config` (README.md#linesmith-config).
// It needs a person at a terminal: with stdin or stdout redirected it says so and changes nothing.
var environment = EnvironmentSnapshot.FromProcess();
var options = EditorOptions.Parse(args, out var usage);
if (options is null)
{
    Console.Error.WriteLine($"linesmith config: {usage}");
    Console.Error.WriteLine(EditorOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.Out.WriteLine(EditorOptions.Usage);
    return 0;
}

if (!OperatingSystem.IsWindows() && !(StandardStreams.IsTerminal(0) && StandardStreams.IsTerminal(1)))
{
    Console.Error.WriteLine("linesmith config: needs a terminal (stdin and stdout): it is an interactive editor. Without one, edit config.toml by hand or use 'linesmith presets apply NAME'; 'linesmith --check-config' checks the file.");
    return 1;
}

return EditorApp.Run(options, environment);
