namespace Linesmith.Editing;

/// <summary>A typed option value checked by its <see cref="OptionControl"/>: the TOML to write, or why it is refused.</summary>
internal readonly record struct OptionInput(string? Toml, string? Error);
