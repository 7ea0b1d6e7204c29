using Linesmith.IntegrationTests.Bounds;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Commands;

/// <summary>
/// The schema for editors through the published binary (docs/adr/0024-config-schema-generated-and-written-beside-the-config.md):
/// <c>config schema</c> prints the repository's file; <c>init</c> and <c>presets apply</c> start the config with one
/// <c>#:schema</c> line and write the schema beside it, whatever is already at that name.
/// </summary>
public sealed class SchemaDirectiveTests : IDisposable
{
    private const string Directive = "#:schema ./linesmith.schema.json";

    private readonly HomeRig _rig = new();

    private string SchemaPath => Path.Join(Path.GetDirectoryName(_rig.ConfigPath)!, "linesmith.schema.json");

    [Fact]
    public void Config_schema_prints_the_schema_the_repository_keeps()
    {
        var result = _rig.Run("config", "schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(File.ReadAllText(Path.Join(RepositoryRoot.Path, "schema", "config.schema.json")), result.Stdout);
    }

    [Fact]
    public void Init_starts_the_config_with_the_directive_and_writes_the_schema_beside_it()
    {
        var init = _rig.Run("init");
        var check = _rig.Run("--check-config");

        Assert.Equal(0, init.ExitCode);
        Assert.Contains($"wrote the schema for editors to {SchemaPath}\n", init.Stdout, StringComparison.Ordinal);
        Assert.StartsWith(Directive + "\n# linesmith config", File.ReadAllText(_rig.ConfigPath), StringComparison.Ordinal);
        Assert.Equal(_rig.Run("config", "schema").Stdout, File.ReadAllText(SchemaPath));
        Assert.Equal($"{_rig.ConfigPath}: OK\n", check.Stdout);
    }

    [Fact]
    public void Applying_presets_again_and_again_keeps_one_directive()
    {
        Assert.Equal(0, _rig.Run("init").ExitCode);
        var again = _rig.Run("presets", "apply", "developer");
        var other = _rig.Run("presets", "apply", "power-user", "--force");
        var back = _rig.Run("presets", "apply", "minimal", "--force");

        Assert.Equal(0, again.ExitCode + other.ExitCode + back.ExitCode);
        Assert.Contains($"the schema for editors in {SchemaPath} is current", back.Stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(_rig.ConfigPath);
        Assert.Equal(Directive, lines[0]);
        Assert.Single(lines, line => line.StartsWith("#:schema", StringComparison.Ordinal));
        Assert.Equal($"{_rig.ConfigPath}: OK\n", _rig.Run("--check-config").Stdout);
    }

    [Fact]
    public void An_older_linesmith_schema_is_replaced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
        File.WriteAllText(SchemaPath, "{\n  \"title\": \"linesmith config.toml\",\n  \"properties\": {}\n}\n");

        var init = _rig.Run("init");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(_rig.Run("config", "schema").Stdout, File.ReadAllText(SchemaPath));
    }

    [Fact]
    public void A_file_of_that_name_that_is_not_linesmiths_is_left_alone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
        File.WriteAllText(SchemaPath, "{\"title\": \"another tool's schema\"}\n");

        var init = _rig.Run("init");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal("{\"title\": \"another tool's schema\"}\n", File.ReadAllText(SchemaPath));
        Assert.Equal($"linesmith: the schema for editors was not written: {SchemaPath} exists and is not linesmith's (print it with 'linesmith config schema')\n", init.Stderr);
        Assert.StartsWith(Directive, File.ReadAllText(_rig.ConfigPath), StringComparison.Ordinal);
    }

    /// <summary>A link at the name is replaced by the file, never written through: what it points at is unchanged.</summary>
    [Fact]
    [Trait(Needs.Platform, Needs.Unix)]
    public void A_link_at_that_name_is_replaced_not_followed()
    {
        using var elsewhere = new TempDir();
        var target = elsewhere.Join("victim.json");
        const string Older = "{\"title\": \"linesmith config.toml\"}\n";
        File.WriteAllText(target, Older);
        Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
        File.CreateSymbolicLink(SchemaPath, target);

        var init = _rig.Run("init");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(Older, File.ReadAllText(target));
        Assert.Null(new FileInfo(SchemaPath).LinkTarget);
        Assert.Equal(_rig.Run("config", "schema").Stdout, File.ReadAllText(SchemaPath));
    }

    /// <summary>Whatever is at the name, init ends at once, writes the config and says why the schema is not there.</summary>
    [Theory]
    [Trait(Needs.Platform, Needs.Unix)]
    [InlineData("fifo")]
    [InlineData("directory")]
    [InlineData("dev-zero")]
    [InlineData("socket")]
    [InlineData("sparse-1g")]
    public void A_hostile_file_at_that_name_costs_only_the_schema(string kind)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
        using var socket = HostileFileTests.Plant(SchemaPath, kind);

        var init = _rig.Run("init");

        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith("linesmith: the schema for editors was not written: ", init.Stderr, StringComparison.Ordinal);
        Assert.StartsWith(Directive, File.ReadAllText(_rig.ConfigPath), StringComparison.Ordinal);
        Assert.True(init.Elapsed < TimeSpan.FromSeconds(10), $"took {init.Elapsed}");
    }

    public void Dispose() => _rig.Dispose();
}
