using Linesmith.Config;

namespace Linesmith.Segments.Options;

/// <summary>
/// A string. <see cref="Default"/> null: unset means something no string says (the system time zone).
/// <see cref="SingleCell"/>: exactly one character one terminal cell wide (a bar's glyphs).
/// </summary>
internal sealed record TextOption(string Key, string Description, string? Default, bool SingleCell = false) : SegmentOption(Key, Description)
{
    public override string? DefaultToml => Default is null ? null : "\"" + Default.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The value, or <see cref="Default"/> when missing or not a string.</summary>
    public string? Read(SettingsTable table) => table.GetString(Leaf) ?? Default;
}
