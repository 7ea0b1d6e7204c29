namespace Linesmith.Cli;

/// <summary>
/// One row of the command table (<see cref="CommandTable"/>): the words that name the command
/// (<c>cache show</c>; empty for the render), what it accepts, its one-line summary for the main help and
/// the README, the paragraphs of its own <c>--help</c>, and how the parsed options become an
/// <see cref="Invocation"/>. The parser, every help text and the README's command list are read from
/// these rows, so they cannot drift apart (issue 13 item 4).
/// </summary>
/// <param name="Marker">For a row without a command word, the option that selects it (<c>--check-config</c>).</param>
/// <param name="Positional">The name of the one positional argument (<c>NAME</c>), or null for none.</param>
/// <param name="Synopsis">What follows the usage line in the main help (<c>&lt; payload.json</c>).</param>
internal sealed record CommandSpec(
    string Name,
    string Summary,
    IReadOnlyList<OptionSpec> Options,
    string Help,
    string ExitCodes,
    Func<ParsedOptions, Invocation> Bind,
    string? Positional = null,
    string? Marker = null,
    string? Synopsis = null)
{
    /// <summary>The usage line without the program name: <c>cache show [--json] [--config PATH]</c>.</summary>
    public string Usage
    {
        get
        {
            var words = new List<string>();
            if (Name.Length > 0)
            {
                words.Add(Name);
            }

            if (Marker is not null)
            {
                words.Add(Marker);
            }

            if (Positional is not null)
            {
                words.Add(Positional);
            }

            foreach (var option in Options)
            {
                if (option.Name != Marker)
                {
                    words.Add(option.Usage);
                }
            }

            return string.Join(' ', words);
        }
    }

    /// <summary>The command's first word (<c>cache</c> for <c>cache show</c>); empty for the render.</summary>
    public string Group => Name.Split(' ')[0];

    /// <summary>The option named <paramref name="name"/> (long or short); a loop, not LINQ: the render parses with it (ADR 0005).</summary>
    public OptionSpec? Find(string name)
    {
        foreach (var option in Options)
        {
            if (option.Name == name || option.ShortName == name)
            {
                return option;
            }
        }

        return null;
    }
}
