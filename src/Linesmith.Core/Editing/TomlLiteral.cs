using System.Globalization;
using System.Text;
using Linesmith.Config;

namespace Linesmith.Editing;

/// <summary>
/// TOML text for the values the editor writes (toml.io v1.0.0: basic strings, integers, floats,
/// booleans, arrays, inline tables). Strings escape every control character, so that whatever a
/// person types into a text option becomes one valid TOML string on one line.
/// </summary>
internal static class TomlLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (c < ' ' || c == '\u007F')
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => RangeMessage.Format(value);

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>A line's entries: ids as strings, literal separators as <c>{ type = "separator", character = "…" }</c>, flex items as <c>{ type = "flex" }</c>.</summary>
    public static string LineItems(IEnumerable<LineItem> items) =>
        "[" + string.Join(", ", items.Select(item => item.SegmentId is { } id
            ? String(id)
            : item.Flex ? "{ type = \"flex\" }" : $"{{ type = \"separator\", character = {String(item.Separator ?? " ")} }}")) + "]";
}
