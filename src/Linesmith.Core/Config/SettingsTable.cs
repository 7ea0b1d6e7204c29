using System.Globalization;

namespace Linesmith.Config;

/// <summary>
/// A read-only view of one TOML table (for example <c>[segments.rate_limit_5h]</c>) with typed
/// getters that never throw: a missing key gives the fallback silently, a value of the wrong type
/// gives the fallback and a problem naming the key ("wrong types warn and keep the default",
/// docs/spec/config.md#keys). Every key that is read is remembered, so that <see cref="ReportUnreadKeys"/>
/// can warn about keys no part of the program knows.
/// </summary>
/// <remarks>
/// Values are what the TOML loader produces: <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/>, nested tables as
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> and arrays as <see cref="IReadOnlyList{T}"/>.
/// </remarks>
internal sealed class SettingsTable(string path, IReadOnlyDictionary<string, object?> values, ConfigProblems problems)
{
    // Most tables a render asks for are absent from the config (a segment's own table, its width,
    // its thresholds): those share one empty dictionary and never allocate their read-set.
    private static readonly Dictionary<string, object?> NoValues = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, object?> _values = values;
    private HashSet<string>? _read;

    /// <summary>The dotted path of this table, e.g. <c>segments.rate_limit_5h</c>.</summary>
    public string Path { get; } = path;

    public ConfigProblems Problems { get; } = problems;

    public static SettingsTable Empty(string path, ConfigProblems problems) => new(path, NoValues, problems);

    /// <summary>The keys as written, for a table whose keys are names the reader checks (<c>[style]</c>'s segment ids).</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>How many keys the table has (0 for a table the file does not have).</summary>
    public int Count => _values.Count;

    /// <summary>
    /// This table with <paramref name="key"/> set to <paramref name="value"/> where the file leaves it unset: a
    /// default chosen elsewhere (<c>[layout_options] icons</c> gives each segment's <c>icon</c>). Both tables
    /// share one read-set, so what is read through either counts for <see cref="ReportUnreadKeys"/> on this one.
    /// </summary>
    public SettingsTable WithDefault(string key, object value)
    {
        if (_values.ContainsKey(key))
        {
            return this;
        }

        var values = new Dictionary<string, object?>(_values, StringComparer.Ordinal) { [key] = value };
        _read ??= new HashSet<string>(StringComparer.Ordinal);
        return new SettingsTable(Path, values, Problems) { _read = _read };
    }

    public bool Contains(string key)
    {
        MarkRead(key);
        return _values.ContainsKey(key);
    }

    public string KeyPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Records a problem about <paramref name="key"/> of this table.</summary>
    public void Warn(string key, string message) => Problems.Add(KeyPath(key), message);

    public string GetString(string key, string fallback) => GetString(key) ?? fallback;

    public string? GetString(string key) => Get<string>(key, "a string");

    public bool GetBool(string key, bool fallback) => Get<bool?>(key, "true or false") ?? fallback;

    /// <summary>
    /// An integer within <paramref name="min"/>..<paramref name="max"/>: missing gives
    /// <paramref name="fallback"/> silently; out of range or of another type (a float where an integer
    /// is expected, a string) warns in <see cref="RangeMessage"/>'s one format and gives the fallback.
    /// </summary>
    public long GetInteger(string key, long fallback, long min, long max) =>
        GetInteger(key, fallback, min, max, string.Create(CultureInfo.InvariantCulture, $"using {fallback}")) ?? fallback;

    /// <summary>
    /// As <see cref="GetInteger(string, long, long, long)"/>, for a caller that does something other than
    /// use the fallback when the value is refused: null then, and the warning ends in <paramref name="instead"/>.
    /// </summary>
    public long? GetInteger(string key, long fallback, long min, long max, string instead)
    {
        MarkRead(key);
        if (!_values.TryGetValue(key, out var value) || value is null)
        {
            return fallback;
        }

        if (value is long integer && integer >= min && integer <= max)
        {
            return integer;
        }

        Warn(key, RangeMessage.Integer(min, max, RangeMessage.Describe(value), instead));
        return null;
    }

    /// <summary>
    /// An integer that only overrides another source (the environment, a default) when it is given: null
    /// when <paramref name="key"/> is missing, or when its value is refused, with a warning that ends in
    /// "using <paramref name="fallback"/>", the value the other sources then give when nothing else is set.
    /// </summary>
    public long? GetIntegerIfSet(string key, long fallback, long min, long max) =>
        Contains(key) ? GetInteger(key, fallback, min, max, string.Create(CultureInfo.InvariantCulture, $"using {fallback}")) : null;

    /// <summary>
    /// A finite number within <paramref name="min"/>..<paramref name="max"/> (TOML integers are accepted
    /// where a float is expected); missing gives the fallback silently, anything else (nan, inf, out of
    /// range, another type) warns and gives the fallback.
    /// </summary>
    public double GetNumber(string key, double fallback, double min, double max) =>
        GetNumber(key, fallback, min, max, string.Create(CultureInfo.InvariantCulture, $"using {fallback:R}")) ?? fallback;

    /// <summary>
    /// As <see cref="GetNumber(string, double, double, double)"/>, for a caller that does something other
    /// than use the fallback when the value is refused: null then, and the warning ends in <paramref name="instead"/>.
    /// </summary>
    public double? GetNumber(string key, double fallback, double min, double max, string instead)
    {
        MarkRead(key);
        if (!_values.TryGetValue(key, out var value) || value is null)
        {
            return fallback;
        }

        var number = value switch
        {
            long integer => integer,
            double real => real,
            _ => double.NaN,
        };
        if (double.IsFinite(number) && number >= min && number <= max)
        {
            return number;
        }

        var found = value is double ? RangeMessage.Format(number) : RangeMessage.Describe(value);
        Warn(key, RangeMessage.Number(min, max, found, instead));
        return null;
    }

    /// <summary>As <see cref="GetIntegerIfSet"/>, for a number (<see cref="GetNumber(string, double, double, double)"/>).</summary>
    public double? GetNumberIfSet(string key, double fallback, double min, double max) =>
        Contains(key) ? GetNumber(key, fallback, min, max, string.Create(CultureInfo.InvariantCulture, $"using {fallback:R}")) : null;

    /// <summary>A nested table (<c>thresholds</c>, <c>characters</c>); missing or of the wrong type → an empty table.</summary>
    public SettingsTable GetTable(string key)
    {
        var table = Get<IReadOnlyDictionary<string, object?>>(key, "a table");
        return table is null ? Empty(KeyPath(key), Problems) : new SettingsTable(KeyPath(key), table, Problems);
    }

    /// <summary>The raw value, for keys that accept several shapes (e.g. a list of ids or inline tables).</summary>
    public object? GetRaw(string key)
    {
        MarkRead(key);
        return _values.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>Warns once about every key of this table that nothing has read.</summary>
    public void ReportUnreadKeys()
    {
        foreach (var key in _values.Keys)
        {
            if (_read?.Contains(key) != true)
            {
                Warn(key, "unknown key; ignored");
            }
        }
    }

    private T? Get<T>(string key, string expected)
    {
        MarkRead(key);
        if (!_values.TryGetValue(key, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        WrongType(key, expected, value, null);
        return default;
    }

    private void WrongType(string key, string expected, object value, string? fallback)
    {
        var instead = fallback is null ? "using the default" : $"using {fallback}";
        Warn(key, $"expected {expected}, found {RangeMessage.TypeName(value)}; {instead}");
    }

    // Only keys that exist can be reported as unread, so an empty table need not remember reads.
    private void MarkRead(string key)
    {
        if (_values.Count > 0)
        {
            (_read ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
        }
    }
}
