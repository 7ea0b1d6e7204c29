using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Linesmith.Tests.TestSupport;

/// <summary>
/// A TOML table (as the config loader hands it to <c>SettingsTable</c>) that notes every key asked
/// for, in nested tables too: which keys a segment's factory really reads.
/// </summary>
internal sealed class ReadRecorder(string path, IReadOnlyDictionary<string, object?> values, ISet<string> asked) : IReadOnlyDictionary<string, object?>
{
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => values.Keys;

    public IEnumerable<object?> Values => values.Values;

    public int Count => values.Count;

    /// <summary>Wraps <paramref name="values"/> and every nested table in it.</summary>
    public static ReadRecorder Of(IReadOnlyDictionary<string, object?> values, ISet<string> asked) => new(string.Empty, values, asked);

    public bool ContainsKey(string key)
    {
        asked.Add(Path(key));
        return values.ContainsKey(key);
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        asked.Add(Path(key));
        if (!values.TryGetValue(key, out value))
        {
            return false;
        }

        if (value is IReadOnlyDictionary<string, object?> nested)
        {
            value = new ReadRecorder(Path(key), nested, asked);
        }

        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string Path(string key) => path.Length == 0 ? key : path + "." + key;
}
