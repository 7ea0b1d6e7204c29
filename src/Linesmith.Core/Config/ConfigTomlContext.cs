using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Linesmith.Config;

/// <summary>
/// Source-generated TOML metadata: the config file is read untyped, as a <see cref="TomlTable"/>,
/// so that a wrong type in one key costs that key (with a warning) rather than the whole file.
/// </summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class ConfigTomlContext : TomlSerializerContext;
