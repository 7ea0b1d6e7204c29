using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Presets;

/// <summary>Writes a preset as the config file, through <see cref="ConfigWriter"/> (never over an existing file without <c>force</c>; <c>.bak</c>; atomic).</summary>
internal static class PresetWriter
{
    /// <param name="directory">The file's directory and below what it may be created; null = only when its parent exists.</param>
    public static EditOutcome Write(string path, Preset preset, bool force, string forceHint, CreatableDirectory? directory = null) =>
        ConfigWriter.Write(path, Text(preset), force, forceHint, directory, $"{path} already holds the '{preset.Name}' preset; nothing changed", $"wrote the '{preset.Name}' preset to {path}");

    /// <summary>
    /// The file as written: the <c>#:schema</c> directive first (Taplo reads it only as a header, before any
    /// key), then the preset. The whole file is replaced, so re-applying a preset never repeats the directive.
    /// </summary>
    public static string Text(Preset preset) => SchemaDirective.Line + "\n" + preset.Toml + "\n";
}
