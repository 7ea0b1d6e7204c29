namespace Linesmith.Config;

/// <summary>
/// A <see cref="LayoutChoice"/> whose names stand for values of <typeparamref name="T"/>; an unknown name warns
/// and keeps <see cref="Default"/> (docs/spec/config.md#keys).
/// </summary>
internal sealed record LayoutChoice<T>(string Key, string Description, T Default, params (string Name, T Value)[] Choices) : LayoutChoice(Key, Description)
{
    public override IReadOnlyList<string> Names { get; } = Array.ConvertAll(Choices, choice => choice.Name);

    public override string? DefaultName { get; } = NameOf(Choices, Default);

    public T Read(SettingsTable options)
    {
        if (options.GetString(Key) is not { } value)
        {
            return Default;
        }

        foreach (var (name, choice) in Choices)
        {
            if (value == name)
            {
                return choice;
            }
        }

        var names = string.Join(", ", Names.Take(Names.Count - 1)) + " or " + Names[^1];
        options.Warn(Key, $"unknown value '{value}' (expected {names}); using {DefaultName ?? "the default"}");
        return Default;
    }

    private static string? NameOf((string Name, T Value)[] choices, T value)
    {
        foreach (var (name, choice) in choices)
        {
            if (EqualityComparer<T>.Default.Equals(choice, value))
            {
                return name;
            }
        }

        return null;
    }
}
