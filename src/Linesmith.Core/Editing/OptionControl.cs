using System.Globalization;
using Linesmith.Config;
using Linesmith.Segments.Options;

namespace Linesmith.Editing;

/// <summary>
/// How the editor lets a person set one segment option, derived from its type in the segment table
/// (<see cref="SegmentOption"/>; issue 15: "the right control for the type"): the values to pick
/// from (as TOML text), whether a value may be typed, and how a typed value is checked and turned
/// into TOML. Nothing here names a segment: every row of the table, present or future, gets a
/// control from its options' types.
/// </summary>
internal sealed record OptionControl(
    SegmentOption Option,
    IReadOnlyList<(string Toml, string Shown)> Choices,
    bool Typed,
    Func<string, OptionInput> Parse)
{
    /// <summary>The entry that removes the key, so that the segment's default applies again.</summary>
    public const string Reset = "\u0000reset";

    public static OptionControl For(SegmentOption option) => option switch
    {
        BoolOption flag => Pick(flag, [(TomlLiteral.Boolean(true), "true"), (TomlLiteral.Boolean(false), "false")]),
        ChoiceOption choice => Pick(choice, choice.Names.Select(name => (TomlLiteral.String(name), name)).ToList()),
        StyleOption style => Pick(style, StyleValues().Select(value => (TomlLiteral.String(value), value)).ToList()),
        IntegerOption integer => Type(integer, typed => ParseInteger(typed, integer.Min, integer.Max)),
        NumberOption number => Type(number, typed => ParseNumber(typed, number.Min, number.Max)),
        _ => Type(option, typed => new OptionInput(TomlLiteral.String(typed), null)),
    };

    /// <summary>What the control asks for, for its title: <c>a whole number from 1 to 100</c>, <c>one of …</c>.</summary>
    public string Prompt => Option switch
    {
        BoolOption => "true or false",
        ChoiceOption => "pick one",
        StyleOption => "a colour role, bold or dim (the theme gives the colours)",
        IntegerOption integer => $"type a whole number from {Format(integer.Min)} to {Format(integer.Max)}",
        NumberOption number => $"type a number from {RangeMessage.Format(number.Min)} to {RangeMessage.Format(number.Max)}",
        TextOption { SingleCell: true } => "type one character, one cell wide",
        _ => "type the text",
    };

    /// <summary>The default as shown next to the value (<c>default 20</c>), or what unset means.</summary>
    public string DefaultShown => Option.DefaultToml is { } toml ? "default " + toml : "unset: the segment's own";

    private static OptionControl Pick(SegmentOption option, List<(string, string)> choices) =>
        new(option, [.. choices, (Reset, "(" + (option.DefaultToml is { } toml ? "default, " + toml : "unset") + ")")], false, Unexpected);

    private static OptionControl Type(SegmentOption option, Func<string, OptionInput> parse) =>
        new(option, [(Reset, "(" + (option.DefaultToml is { } toml ? "default, " + toml : "unset") + ")")], true, parse);

    private static OptionInput Unexpected(string typed) => new(null, "pick one of the values listed");

    /// <summary><c>role:NAME</c> for every role, alone, bold and dim (<see cref="StyleOption"/>).</summary>
    private static IEnumerable<string> StyleValues() =>
        StyleOption.Roles.SelectMany(role => new[] { $"role:{role}" }.Concat(StyleOption.Modifiers.Select(modifier => $"role:{role} {modifier}")));

    private static OptionInput ParseInteger(string typed, long min, long max)
    {
        if (!long.TryParse(typed.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new OptionInput(null, $"not a whole number; {Format(min)} to {Format(max)}");
        }

        return value < min || value > max
            ? new OptionInput(null, $"{Format(value)} is outside {Format(min)} to {Format(max)}")
            : new OptionInput(TomlLiteral.Integer(value), null);
    }

    private static OptionInput ParseNumber(string typed, double min, double max)
    {
        if (!double.TryParse(typed.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return new OptionInput(null, $"not a number; {RangeMessage.Format(min)} to {RangeMessage.Format(max)}");
        }

        return value < min || value > max
            ? new OptionInput(null, $"{RangeMessage.Format(value)} is outside {RangeMessage.Format(min)} to {RangeMessage.Format(max)}")
            : new OptionInput(TomlLiteral.Number(value), null);
    }

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
