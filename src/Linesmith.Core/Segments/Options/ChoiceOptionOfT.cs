using Linesmith.Config;

namespace Linesmith.Segments.Options;

/// <summary>
/// A <see cref="ChoiceOption"/> whose names stand for values of <typeparamref name="T"/>. An unknown
/// name warns and keeps the default (docs/spec/edge-cases.md item 72); the settings table's problem
/// list keeps each warning once.
/// </summary>
internal sealed record ChoiceOption<T>(string Key, string Description, T Default, IReadOnlyList<Choice<T>> Choices) : ChoiceOption(Key, Description)
{
    public override IReadOnlyList<string> Names { get; } = NamesOf(Choices);

    public override string DefaultName { get; } = NameOf(Choices, Default);

    public T Read(SettingsTable table)
    {
        var text = table.GetString(Leaf);
        if (text is null)
        {
            return Default;
        }

        foreach (var choice in Choices)
        {
            if (string.Equals(choice.Name, text, StringComparison.Ordinal))
            {
                return choice.Value;
            }
        }

        table.Warn(Leaf, $"unknown value \"{text}\"; expected {Describe(Names)}; using \"{DefaultName}\"");
        return Default;
    }

    private static string[] NamesOf(IReadOnlyList<Choice<T>> choices)
    {
        var names = new string[choices.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = choices[i].Name;
        }

        return names;
    }

    private static string NameOf(IReadOnlyList<Choice<T>> choices, T value)
    {
        foreach (var choice in choices)
        {
            if (EqualityComparer<T>.Default.Equals(choice.Value, value))
            {
                return choice.Name;
            }
        }

        throw new ArgumentException("the default is not one of the choices", nameof(value));
    }

    private static string Describe(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
}
