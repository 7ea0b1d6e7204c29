namespace Linesmith.Cli;

/// <summary>
/// One option of a command: <c>--json</c> (a flag: <see cref="ValueName"/> null) or <c>--settings PATH</c>
/// (also <c>--settings=PATH</c>). <see cref="Description"/> is its line in the help; a <c>\n</c> in it
/// starts a continuation line.
/// </summary>
internal sealed record OptionSpec(string Name, string? ValueName, string Description, string? ShortName = null)
{
    public bool IsFlag => ValueName is null;

    /// <summary>How the usage line shows it: <c>[--json]</c>, <c>[--settings PATH]</c>.</summary>
    public string Usage => IsFlag ? $"[{Name}]" : $"[{Name} {ValueName}]";

    /// <summary>How the option list shows it: <c>-c, --config PATH</c>.</summary>
    public string Label => (ShortName is null ? string.Empty : ShortName + ", ") + (IsFlag ? Name : $"{Name} {ValueName}");
}
