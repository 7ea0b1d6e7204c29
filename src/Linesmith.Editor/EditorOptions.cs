namespace Linesmith.Editor;

/// <summary>The editor's command line: <c>--config PATH</c> (the file to edit) and <c>--help</c>.</summary>
internal sealed record EditorOptions(string? ConfigPath, bool Help)
{
    public const string Usage = """
        Usage: linesmith config [--config PATH]

        An interactive editor for config.toml with a live preview of the status line (needs a terminal).
        Edits --config PATH, else $LINESMITH_CONFIG, else the config file a render reads (created on save).
        Saving keeps comments and formatting of everything not edited, writes atomically and keeps the
        previous file as config.toml.bak.
        """;

    public static EditorOptions? Parse(string[] args, out string? error)
    {
        error = null;
        string? config = null;
        var help = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "-c" or "--config" when i + 1 < args.Length:
                    config = args[++i];
                    break;
                case "-c" or "--config":
                    error = $"'{args[i]}' needs a value";
                    return null;
                default:
                    error = $"unknown option '{Linesmith.Text.TerminalText.Sanitize(args[i])}'";
                    return null;
            }
        }

        return new EditorOptions(config, help);
    }
}
