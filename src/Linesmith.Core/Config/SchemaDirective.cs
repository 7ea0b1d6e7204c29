namespace Linesmith.Config;

/// <summary>
/// The first line <c>init</c> and <c>presets apply</c> write: Taplo's <c>#:schema</c> header directive (Even Better
/// TOML reads it for completion and checks), naming the schema written beside the config, a path relative to the
/// config file (docs/adr/0024-config-schema-generated-and-written-beside-the-config.md). To the TOML reader it is a comment.
/// </summary>
internal static class SchemaDirective
{
    /// <summary>The schema's file name beside config.toml: linesmith's own, so it does not take a name another tool's schema has.</summary>
    public const string FileName = "linesmith.schema.json";

    public const string Line = "#:schema ./" + FileName;
}
