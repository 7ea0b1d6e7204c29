using System.Collections;

namespace Linesmith.Platform;

/// <summary>
/// An immutable copy of the process environment, taken once at the entry point and passed down,
/// so that nothing below <c>Program</c> reads <see cref="Environment"/> and tests never touch the
/// real process environment (docs/style.md, habit 8).
/// </summary>
internal sealed class EnvironmentSnapshot
{
    private readonly Dictionary<string, string> _values;

    private EnvironmentSnapshot(Dictionary<string, string> values) => _values = values;

    public static EnvironmentSnapshot Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The process's variables; on Windows their names are case-insensitive (<c>Path</c> is <c>PATH</c>), as Windows treats them.</summary>
    public static EnvironmentSnapshot FromProcess()
    {
        var values = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                values[key] = value;
            }
        }

        return new EnvironmentSnapshot(values);
    }

    public static EnvironmentSnapshot Of(params (string Name, string Value)[] variables)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            values[name] = value;
        }

        return new EnvironmentSnapshot(values);
    }

    /// <summary>A copy with one more (or one replaced) variable.</summary>
    public EnvironmentSnapshot With(string name, string value)
    {
        var values = new Dictionary<string, string>(_values, _values.Comparer) { [name] = value };
        return new EnvironmentSnapshot(values);
    }

    /// <summary>Every variable, for building a child's environment from an allow-list.</summary>
    public IEnumerable<KeyValuePair<string, string>> All => _values;

    /// <summary>The raw value, or null when the variable is not set.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// The value, or null when it is unset or empty: throughout the spec an empty variable counts
    /// as unset (docs/spec/on-disk-formats.md#cache-root).
    /// </summary>
    public string? GetNonEmpty(string name) => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
