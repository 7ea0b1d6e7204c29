using System.Collections;
using System.Text.RegularExpressions;
using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Segments;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// Every numeric key of the config file, found by asking the real code rather than by a list that
/// could fall behind: the config is loaded, with every segment on the line, from tables that record
/// each key asked for; each key is then given a string, and the warning it gets says whether it is a
/// table (explored in turn), a range-checked number (with its range and what is used instead), or
/// something else. A number read without a range cannot exist: the getters all take one.
/// </summary>
internal static partial class NumericConfigKeys
{
    private const string Probe = "probe";

    public static IReadOnlyList<NumericKey> All { get; } = Discover();

    private static List<NumericKey> Discover()
    {
        var root = new RecordingTable();
        root.Set("line", new Dictionary<string, object?> { ["segments"] = SegmentTable.Rows.Select(row => row.Id).Select(id => (object?)id).ToList() });
        var tables = new Dictionary<string, RecordingTable>(StringComparer.Ordinal) { [string.Empty] = root };
        var classified = new HashSet<string>(StringComparer.Ordinal) { "line" };
        var found = new List<NumericKey>();
        Load(root);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (tablePath, table) in tables.ToList())
            {
                foreach (var key in table.Asked.ToList())
                {
                    var path = tablePath.Length == 0 ? key : $"{tablePath}.{key}";
                    if (!classified.Add(path))
                    {
                        continue;
                    }

                    grew = true;
                    table.Set(key, Probe);
                    var message = Load(root).FirstOrDefault(problem => problem.KeyPath == path)?.Message ?? string.Empty;
                    table.Remove(key);
                    if (message.StartsWith("expected a table", StringComparison.Ordinal))
                    {
                        var nested = new RecordingTable();
                        table.Set(key, nested);
                        tables[path] = nested;
                    }
                    else if (RangeWarning().Match(message) is { Success: true } range)
                    {
                        found.Add(new NumericKey(
                            tablePath,
                            key,
                            range.Groups["kind"].Value == "an integer",
                            double.Parse(range.Groups["min"].Value, System.Globalization.CultureInfo.InvariantCulture),
                            double.Parse(range.Groups["max"].Value, System.Globalization.CultureInfo.InvariantCulture),
                            range.Groups["instead"].Value));
                    }
                }
            }

            Load(root);
        }

        return found;
    }

    // Loads the config as a render and --check-config do, building every segment; returns the problems.
    private static IReadOnlyList<ConfigProblem> Load(RecordingTable root)
    {
        var file = new ConfigFile("probe.toml", root, KeyLocations.None, new ConfigProblems());
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);
        _ = new LineBuilder(config);
        return file.Problems.All;
    }

    [GeneratedRegex("^expected (?<kind>an integer|a number) from (?<min>\\S+) to (?<max>\\S+), found a string; (?<instead>.+)$")]
    private static partial Regex RangeWarning();

    /// <summary>A table that remembers every key the code looks up, present or not.</summary>
    private sealed class RecordingTable : IReadOnlyDictionary<string, object?>
    {
        private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

        public HashSet<string> Asked { get; } = new(StringComparer.Ordinal);

        public int Count => _values.Count;

        public IEnumerable<string> Keys => _values.Keys;

        public IEnumerable<object?> Values => _values.Values;

        public object? this[string key] => _values[key];

        public void Set(string key, object? value) => _values[key] = value;

        public void Remove(string key) => _values.Remove(key);

        public bool ContainsKey(string key)
        {
            Asked.Add(key);
            return _values.ContainsKey(key);
        }

        public bool TryGetValue(string key, out object? value)
        {
            Asked.Add(key);
            return _values.TryGetValue(key, out value);
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>One range-checked key: its table (<c>segments.cost</c>), name, kind and range, and what a refused value gives.</summary>
internal sealed record NumericKey(string Table, string Key, bool Integer, double Min, double Max, string Instead)
{
    public string Path => Table.Length == 0 ? Key : $"{Table}.{Key}";
}
