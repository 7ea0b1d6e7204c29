using System.Globalization;
using Linesmith.Platform;

namespace Linesmith.Config;

/// <summary>
/// A whole number from an environment variable (<c>LINESMITH_TIMEOUT_MS</c>, <c>COLUMNS</c>), checked
/// against its range where it is read (docs/spec/config.md#reading): <c>0</c>, <c>-1</c>, <c>2147483647</c>,
/// <c>9223372036854775807</c>, <c>1e3</c> or <c>abc</c> are refused with <see cref="RangeMessage"/>'s
/// one message, and the caller keeps its default. Surrounding blanks are forgiven.
/// </summary>
internal static class EnvironmentInteger
{
    /// <summary>
    /// The value of <paramref name="name"/> when it is set, not empty and a decimal integer within
    /// <paramref name="min"/>..<paramref name="max"/>; null otherwise, with <paramref name="problem"/>
    /// set (ending in <paramref name="instead"/>) when it was set but refused.
    /// </summary>
    public static long? Read(EnvironmentSnapshot environment, string name, long min, long max, string instead, out string? problem)
    {
        problem = null;
        if (environment.GetNonEmpty(name) is not { } text)
        {
            return null;
        }

        var parsed = long.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
        if (parsed && value >= min && value <= max)
        {
            return value;
        }

        var found = parsed ? value.ToString(CultureInfo.InvariantCulture) : RangeMessage.Quote(text);
        problem = $"{name}: {RangeMessage.Integer(min, max, found, instead)}";
        return null;
    }
}
