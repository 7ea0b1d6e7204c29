using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Rendering;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// docs/adr/0013-fit-the-cells-claude-code-gives.md, through the published binary: Claude Code sets <c>COLUMNS</c> and shows only
/// <c>COLUMNS − 4 − 2 × padding</c> cells of the line. At every width from 20 to 160 cells the
/// printed line fits them, and no number is cut.
/// </summary>
public sealed class LineWidthProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Payloads => new()
    {
        "examples/payload.json",
        "tests/Linesmith.Tests/Golden/payloads/claude-code-2.1.332/payload-3-after-response-max-ratelimits.json",
        "tests/Linesmith.Tests/Golden/payloads/claude-code-2.1.332/payload-5-midturn-worktree-ratelimits.json",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void At_every_width_the_line_fits_the_cells_claude_code_shows(string payloadPath)
    {
        var payload = File.ReadAllText(Path.Join(RepoPaths.Root, payloadPath));
        var whole = Words(Render(payload, columns: null));
        for (var cells = 20; cells <= 160; cells++)
        {
            var line = Render(payload, columns: cells + LineWidth.HostReserve);

            Assert.True(CellWidth.Of(line) <= cells, $"{CellWidth.Of(line)} cells for COLUMNS={cells + LineWidth.HostReserve}: '{line}'");
            Assert.All(Words(line), word => Assert.True(!word.Any(char.IsAsciiDigit) || whole.Contains(word.TrimEnd('…')), $"'{word}' in '{line}'"));
            Assert.DoesNotMatch("[0-9.,]…", line);
        }
    }

    [Theory]
    [InlineData(0, 76)]
    [InlineData(1, 74)]
    [InlineData(2, 72)]
    [InlineData(8, 60)]
    public void Claude_padding_takes_two_cells_per_step_as_claude_code_does(int padding, int cells)
    {
        var payload = File.ReadAllText(Path.Join(RepoPaths.Root, "examples", "payload.json"));

        Assert.Equal("Opus 4.5".PadRight(cells), Render(payload, columns: 80, "--config", ModelPaddedTo(cells, padding)));
        Assert.Equal("Opus…", Render(payload, columns: 80, "--config", ModelPaddedTo(cells + 1, padding)));
    }

    private string ModelPaddedTo(int cells, int padding)
    {
        var config = _dir.Join($"model-{cells}-{padding}.toml");
        File.WriteAllText(config, $"[line]\nsegments = [\"model\"]\n[segments.model]\nwidth = {{ min = {cells} }}\n[layout_options]\nclaude_padding = {padding}\n");
        return config;
    }

    [Fact]
    public void The_hint_for_unusable_input_fits_too()
    {
        Assert.Equal("linesmith: no…", Render(string.Empty, columns: 18));
    }

    private string Render(string payload, int? columns, params string[] arguments)
    {
        var env = new Dictionary<string, string> { ["HOME"] = _dir.Join("home"), ["LINESMITH_CACHE_DIR"] = _dir.Join("cache") };
        if (columns is { } value)
        {
            env["COLUMNS"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var result = ProcessRunner.Run(PublishedBinary.Path, arguments, env, payload);
        Assert.Equal(0, result.ExitCode);
        return result.Stdout.TrimEnd('\n');
    }

    private static HashSet<string> Words(string line) => line.Split(' ').ToHashSet(StringComparer.Ordinal);
}
