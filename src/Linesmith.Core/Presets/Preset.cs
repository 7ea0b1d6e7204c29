namespace Linesmith.Presets;

/// <summary>A named starter configuration: a one-line description and the commented <c>config.toml</c> text.</summary>
internal sealed record Preset(string Name, string Description, string Toml);
