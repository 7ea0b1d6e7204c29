using System.Text;
using Linesmith.Host;
using Linesmith.Platform;

namespace Linesmith.Cli;

/// <summary>
/// The help texts, written from <see cref="CommandTable"/>: every usage line and option list comes from
/// the rows the parser reads, so the help lists exactly what each command accepts; only the explaining
/// paragraphs are prose. The "Environment:" section comes from <see cref="EnvironmentVariables.All"/>.
/// </summary>
internal static class HelpText
{
    /// <summary>Labels up to this long share their line with the description; longer ones get a line of their own.</summary>
    private const int Column = 22;

    public static string Main
    {
        get
        {
            var text = new StringBuilder("linesmith: Claude Code statusline\n\nUsage:\n");
            text.Append("  linesmith ").Append(CommandTable.Render.Usage).Append(' ').Append(CommandTable.Render.Synopsis).Append('\n');
            text.Append("  linesmith ").Append(CommandTable.CheckConfig.Usage).Append('\n');
            text.Append("  linesmith <command> [options]\n\n");
            text.Append(CommandTable.Render.Help).Append("\n\nRender options:\n");
            foreach (var option in CommandTable.Render.Options)
            {
                Entry(text, option.Label, option.Description);
            }

            var check = CommandTable.CheckConfig.Find("--check-config")!;
            Entry(text, check.Label, check.Description);
            text.Append("\nCommands:\n");
            foreach (var spec in CommandTable.Commands)
            {
                Entry(text, spec.Usage, spec.Summary);
            }

            text.Append("\nOptions:\n");
            Entry(text, "-h, --help", "Show help (also: linesmith <command> --help)");
            Entry(text, "-V, --version", "Show the version");
            text.Append("\nEnvironment (a path that is not absolute is ignored):\n");
            foreach (var variable in EnvironmentVariables.All)
            {
                Entry(text, variable.Name, variable.Description);
            }

            return text.Append("\nExit codes: renders always 0; other commands 0 success, 1 failure, 2 wrong usage.").ToString();
        }
    }

    public static string Version => $"{ProductInfo.Name} {ProductInfo.Version}";

    /// <summary><c>linesmith &lt;command&gt; --help</c>: the usage line, the paragraphs, the options, the exit codes.</summary>
    public static string For(CommandSpec spec)
    {
        var text = new StringBuilder("Usage:\n  linesmith ").Append(spec.Usage).Append("\n\n").Append(spec.Help).Append('\n');
        if (spec.Options.Count > 0)
        {
            text.Append('\n');
            foreach (var option in spec.Options)
            {
                Entry(text, option.Label, option.Description);
            }
        }

        return text.Append('\n').Append(spec.ExitCodes).ToString();
    }

    /// <summary><c>linesmith cache --help</c>: each subcommand's usage line and summary.</summary>
    public static string ForGroup(string group, IReadOnlyList<CommandSpec> rows)
    {
        var text = new StringBuilder("Usage:\n");
        foreach (var spec in rows)
        {
            text.Append("  linesmith ").Append(spec.Usage).Append('\n');
        }

        text.Append('\n');
        foreach (var spec in rows)
        {
            Entry(text, spec.Name[(group.Length + 1)..], spec.Summary);
        }

        return text.Append($"\nRun 'linesmith {group} <subcommand> --help' for more.").ToString();
    }

    /// <summary>One entry of a list: the label, then the description from <see cref="Column"/> on, continuation lines indented alike.</summary>
    private static void Entry(StringBuilder text, string label, string description)
    {
        text.Append("  ").Append(label);
        if (label.Length < Column)
        {
            text.Append(' ', Column - label.Length);
        }
        else
        {
            text.Append('\n').Append(' ', Column + 2);
        }

        text.Append(description.Replace("\n", "\n" + new string(' ', Column + 2), StringComparison.Ordinal)).Append('\n');
    }
}
