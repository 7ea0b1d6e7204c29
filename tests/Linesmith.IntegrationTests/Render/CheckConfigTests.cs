using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary><c>linesmith --check-config</c>: every problem with its line and column, exit 1 when there is any.</summary>
public sealed class CheckConfigTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private ProcessResult Check(string toml)
    {
        var path = _dir.Join("config.toml");
        File.WriteAllText(path, toml);
        return ProcessRunner.Linesmith(new Dictionary<string, string> { ["HOME"] = _dir.Path }, "--check-config", "--config", path);
    }

    [Fact]
    public void A_valid_config_is_ok()
    {
        var result = Check("theme = \"nord\"\n[line]\nsegments = [\"model\", \"rate_limit_5h\"]\n[segments.rate_limit_5h]\nformat = \"progress\"\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{_dir.Join("config.toml")}: OK\n", result.Stdout);
    }

    [Fact]
    public void Invalid_toml_names_line_and_column()
    {
        var result = Check("theme = \"nord\"\nsegments = [\n");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{_dir.Join("config.toml")}(3,1) invalid TOML: ", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 problem found\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_wrong_types_and_unknown_segments_are_each_listed()
    {
        var result = Check("theme = \"nord\"\nbogus = 1\n[line]\nsegments = [\"model\", \"warp_drive\"]\n[segments.model]\nformat = 3\n[segments.rate_limit_5h]\nformat = \"pie\"\n");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        var path = _dir.Join("config.toml");
        Assert.Contains($"{path}(2,1) bogus: unknown key; ignored", lines);
        Assert.Contains($"{path}(4,1) line.segments: unknown segment 'warp_drive'; skipped", lines);
        Assert.Contains($"{path}(6,1) segments.model.format: expected a string, found an integer; using the default", lines);
        Assert.Contains(lines, line => line.StartsWith($"{path}(8,1) segments.rate_limit_5h.format: ", StringComparison.Ordinal));
        Assert.Equal("4 problems found", lines[^1]);
    }

    [Fact]
    public void Without_any_config_the_defaults_are_ok()
    {
        var result = ProcessRunner.Linesmith(new Dictionary<string, string> { ["HOME"] = _dir.Path }, "--check-config");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("no config file (built-in defaults): OK\n", result.Stdout);
    }
}
