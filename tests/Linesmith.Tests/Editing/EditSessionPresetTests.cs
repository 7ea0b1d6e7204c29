using Linesmith.Config;
using Linesmith.Editing;
using Linesmith.Presets;

namespace Linesmith.Tests.Editing;

/// <summary>The editor's preset picker keeps the file's <c>#:schema</c> line, once, and adds none to a file without one (docs/adr/0024-config-schema-generated-and-written-beside-the-config.md).</summary>
public sealed class EditSessionPresetTests
{
    [Fact]
    public void A_preset_applied_again_and_again_keeps_one_schema_line()
    {
        var session = EditSession.Open("/nowhere/config.toml", null, PresetWriter.Text(BuiltInPresets.Find("developer")!), out _)!;

        Assert.True(session.ApplyPreset(BuiltInPresets.Find("power-user")!));
        Assert.True(session.ApplyPreset(BuiltInPresets.Find("power-user")!));
        Assert.True(session.ApplyPreset(BuiltInPresets.Find("minimal")!));

        Assert.Equal(PresetWriter.Text(BuiltInPresets.Find("minimal")!), session.Text);
        Assert.Single(session.Text.Split('\n'), line => line.StartsWith("#:schema", StringComparison.Ordinal));
        Assert.Empty(session.Config.Problems.All);
    }

    [Fact]
    public void A_file_without_the_schema_line_gets_none()
    {
        var session = EditSession.Open("/nowhere/config.toml", null, "theme = \"nord\"\n", out _)!;

        Assert.True(session.ApplyPreset(BuiltInPresets.Find("minimal")!));

        Assert.DoesNotContain(SchemaDirective.Line, session.Text, StringComparison.Ordinal);
    }
}
