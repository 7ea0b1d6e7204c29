using Linesmith.Config;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// Reads a string option that takes one of a few names. An unknown name warns and keeps the default
/// (docs/spec/edge-cases.md item 72); the settings table's problem list keeps each warning once.
/// </summary>
internal static class ChoiceReader
{
    public static T Read<T>(SettingsTable settings, string key, T fallback, ReadOnlySpan<Choice<T>> choices)
    {
        var text = settings.GetString(key);
        if (text is null)
        {
            return fallback;
        }

        var fallbackName = string.Empty;
        foreach (var choice in choices)
        {
            if (string.Equals(choice.Name, text, StringComparison.Ordinal))
            {
                return choice.Value;
            }

            if (EqualityComparer<T>.Default.Equals(choice.Value, fallback))
            {
                fallbackName = choice.Name;
            }
        }

        settings.Warn(key, $"unknown value \"{text}\"; expected {Describe(choices)}; using \"{fallbackName}\"");
        return fallback;
    }

    private static string Describe<T>(ReadOnlySpan<Choice<T>> choices)
    {
        var names = new List<string>(choices.Length);
        foreach (var choice in choices)
        {
            names.Add(choice.Name);
        }

        return names.Count == 1
            ? names[0]
            : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
    }
}
