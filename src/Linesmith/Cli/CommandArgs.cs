namespace Linesmith.Cli;

/// <summary>
/// The options after a command word: flags (<c>--force</c>) and options with a value
/// (<c>--settings PATH</c> or <c>--settings=PATH</c>). Anything not declared is an error, so a typo
/// is exit 2 rather than silently ignored.
/// </summary>
internal sealed class CommandArgs
{
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private CommandArgs()
    {
    }

    public bool Help => Has("--help");

    public List<string> Positionals { get; } = [];

    public static CommandArgs? Parse(ReadOnlySpan<string> args, string command, string[] flags, string[] valued, int maxPositionals, out string? error)
    {
        error = null;
        var parsed = new CommandArgs();
        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            if (argument is "-h" or "--help")
            {
                parsed._flags.Add("--help");
                continue;
            }

            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            var name = argument.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? argument[..equals] : argument;
            if (Array.IndexOf(valued, name) >= 0)
            {
                string? value = equals > 0 && name.Length < argument.Length ? argument[(equals + 1)..] : (i + 1 < args.Length ? args[++i] : null);
                if (string.IsNullOrEmpty(value))
                {
                    error = $"'{name}' needs a value";
                    return null;
                }

                parsed._values[name] = value;
            }
            else if (Array.IndexOf(flags, argument) >= 0)
            {
                parsed._flags.Add(argument);
            }
            else if (!argument.StartsWith('-') && parsed.Positionals.Count < maxPositionals)
            {
                parsed.Positionals.Add(argument);
            }
            else
            {
                error = argument.StartsWith('-') ? $"unknown option '{argument}' for '{command}'" : $"unexpected argument '{argument}' for '{command}'";
                return null;
            }
        }

        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _values.TryGetValue(option, out var value) ? value : null;
}
