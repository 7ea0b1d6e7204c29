using Tomlyn.Model;

namespace Linesmith.Config;

/// <summary>
/// Turns Tomlyn's model into plain read-only values for <see cref="SettingsTable"/>: tables become
/// dictionaries, arrays and arrays of tables become lists; scalars stay as Tomlyn gives them
/// (<see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, dates).
/// </summary>
internal static class TomlValues
{
    public static IReadOnlyDictionary<string, object?> ToDictionary(TomlTable table)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in table)
        {
            result[key] = Convert(value);
        }

        return result;
    }

    private static object? Convert(object? value) => value switch
    {
        TomlTable table => ToDictionary(table),
        TomlTableArray tables => tables.Select(table => (object?)ToDictionary(table)).ToList(),
        TomlArray array => array.Select(Convert).ToList(),
        _ => value,
    };
}
