using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Terminal;

/// <summary>
/// <c>env</c>: the value of the one environment variable its <c>name</c> key names
/// (<c>name = "AWS_PROFILE"</c> → <c>AWS_PROFILE: prod</c>, the label defaulting to the name). Without a
/// name it shows nothing: no variable is ever shown that the config did not name. A name that is not
/// <c>[A-Za-z_][A-Za-z0-9_]*</c> warns and hides. The value is cut to <see cref="MaxCharacters"/> and,
/// like all segment text, stripped of escape sequences and control characters before it is printed
/// (README.md "Nothing from outside reaches the terminal raw"). Hidden while the variable is unset or empty.
/// </summary>
internal sealed class EnvironmentVariableSegment : ISegment
{
    /// <summary>A statusline has no room for more; a 100 KB variable (docs/hostile-inputs.md) costs no more than this.</summary>
    public const int MaxCharacters = 256;

    /// <summary>Also the longest name accepted.</summary>
    private const int MaxNameLength = 128;

    private static readonly TextOption Name = new("name", "the variable to show; empty: the segment shows nothing", string.Empty);
    private static readonly TextOption Label = new("label", "text before the value, followed by \": \"; unset: the variable's name; empty: none", null);
    private static readonly TextOption Icon = new("icon", "a symbol before the label; empty: none", string.Empty);

    private readonly string? _name;
    private readonly SegmentLabel _label;

    public EnvironmentVariableSegment(SettingsTable settings)
    {
        var name = Name.Read(settings) ?? string.Empty;
        if (name.Length > 0 && !IsVariableName(name))
        {
            settings.Warn(Name.Leaf, "expected a variable name (letters, digits and _, not starting with a digit, at most 128 characters); the segment is hidden");
            name = string.Empty;
        }

        _name = name.Length > 0 ? name : null;
        _label = new SegmentLabel(Label.Read(settings) ?? name, Icon.Read(settings) ?? string.Empty);
    }

    public static IReadOnlyList<SegmentOption> Options { get; } = [Icon, Label, Name];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (_name is null || context.Environment.GetNonEmpty(_name) is not { } value)
        {
            return null;
        }

        return _label.Output(value.Length > MaxCharacters ? value[..MaxCharacters] : value, StyleRole.Accent);
    }

    private static bool IsVariableName(string name)
    {
        if (name.Length > MaxNameLength || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var character in name)
        {
            if (!char.IsAsciiLetterOrDigit(character) && character != '_')
            {
                return false;
            }
        }

        return true;
    }
}
