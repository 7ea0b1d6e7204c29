namespace Linesmith.Cli;

/// <summary>
/// The options after a command's words, checked against its <see cref="CommandSpec"/>: flags, options
/// with a value (<c>--settings PATH</c> or <c>--settings=PATH</c>) and positionals. Anything the row does
/// not declare is an error, so a typo is exit 2 rather than silently ignored.
/// </summary>
internal sealed class ParsedOptions
{
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private ParsedOptions()
    {
    }

    public bool Help { get; private set; }

    public string? Positional => _positionals.Count > 0 ? _positionals[0] : null;

    /// <summary>Parses <paramref name="args"/>; null and a message for anything <paramref name="spec"/> does not accept.</summary>
    public static ParsedOptions? Parse(ReadOnlySpan<string> args, CommandSpec spec, out string? error)
    {
        error = null;
        var parsed = new ParsedOptions();
        var command = spec.Name.Length == 0 ? null : spec.Name;
        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            if (argument is "-h" or "--help")
            {
                parsed.Help = true;
                continue;
            }

            var equals = argument.StartsWith("--", StringComparison.Ordinal) ? argument.IndexOf('=', StringComparison.Ordinal) : -1;
            var option = spec.Find(equals > 0 ? argument[..equals] : argument);
            if (option is { IsFlag: false })
            {
                var value = equals > 0 ? argument[(equals + 1)..] : (i + 1 < args.Length ? args[++i] : null);
                if (string.IsNullOrEmpty(value))
                {
                    error = $"'{(equals > 0 ? argument[..equals] : argument)}' needs a value";
                    return null;
                }

                parsed._values[option.Name] = value;
            }
            else if (option is not null && equals < 0)
            {
                parsed._flags.Add(option.Name);
            }
            else if (!argument.StartsWith('-') && spec.Positional is not null && parsed._positionals.Count == 0)
            {
                parsed._positionals.Add(argument);
            }
            else
            {
                var dash = argument.StartsWith('-');
                error = command is null
                    ? dash ? $"unknown option '{argument}'" : $"unknown command '{argument}'"
                    : dash ? $"unknown option '{argument}' for '{command}'" : $"unexpected argument '{argument}' for '{command}'";
                return null;
            }
        }

        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _values.TryGetValue(option, out var value) ? value : null;
}
