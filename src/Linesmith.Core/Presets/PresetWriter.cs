using Linesmith.Platform;

namespace Linesmith.Presets;

/// <summary>Writes a preset as the config file, through <see cref="ConfigWriter"/> (never over an existing file without <c>force</c>; <c>.bak</c>; atomic).</summary>
internal static class PresetWriter
{
    /// <param name="directory">The file's directory and below what it may be created; null = only when its parent exists.</param>
    public static EditOutcome Write(string path, Preset preset, bool force, string forceHint, CreatableDirectory? directory = null) =>
        ConfigWriter.Write(path, preset.Toml + "\n", force, forceHint, directory, $"{path} already holds the '{preset.Name}' preset; nothing changed", $"wrote the '{preset.Name}' preset to {path}");
}
