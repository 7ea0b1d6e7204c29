namespace Linesmith.Cli;

/// <summary>The options of the statusline render (no command): <c>--config PATH</c>, <c>--no-color</c>, <c>--force-color</c>, <c>--check-config</c>.</summary>
internal sealed record RenderOptions(string? ConfigPath, bool? Color, bool CheckConfig)
{
    public static bool IsRenderOption(string argument) =>
        argument is "-c" or "--config" or "--no-color" or "--force-color" or "--check-config" || argument.StartsWith("--config=", StringComparison.Ordinal);

    /// <summary>Parses the options; returns null and an error message for anything else.</summary>
    public static RenderOptions? Parse(ReadOnlySpan<string> args, out string? error)
    {
        error = null;
        string? config = null;
        bool? color = null;
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            switch (argument)
            {
                case "-c" or "--config":
                    if (i + 1 >= args.Length || args[i + 1].Length == 0)
                    {
                        error = $"'{argument}' needs a file path";
                        return null;
                    }

                    config = args[++i];
                    break;
                case var _ when argument.StartsWith("--config=", StringComparison.Ordinal):
                    config = argument["--config=".Length..];
                    break;
                case "--no-color":
                    color = false;
                    break;
                case "--force-color":
                    color = true;
                    break;
                case "--check-config":
                    check = true;
                    break;
                default:
                    error = argument.StartsWith('-') ? $"unknown option '{argument}'" : $"unknown command '{argument}'";
                    return null;
            }
        }

        return new RenderOptions(config, color, check);
    }
}
