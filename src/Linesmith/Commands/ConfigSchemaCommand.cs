using Linesmith.Host;
using Linesmith.Schema;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith config schema</c>: prints the JSON Schema of config.toml
/// (docs/adr/0024-config-schema-generated-and-written-beside-the-config.md). The generator runs only here
/// and in <c>init</c> / <c>presets apply</c>, never on a render.
/// </summary>
internal static class ConfigSchemaCommand
{
    public static int Run(World world)
    {
        world.Out.Write(ConfigSchema.Generate());
        return ExitCodes.Success;
    }
}
