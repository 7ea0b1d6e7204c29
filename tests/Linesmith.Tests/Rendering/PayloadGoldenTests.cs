using System.Globalization;
using System.Text;
using Linesmith.Presets;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;

namespace Linesmith.Tests.Rendering;

/// <summary>
/// docs/adr/0013-fit-the-cells-claude-code-gives.md, "Test against the real client": the five documents Claude Code 2.1.332 really sent
/// (<c>Golden/payloads/claude-code-2.1.332</c>), each rendered with the default line and every
/// preset, without colour and in 24-bit colour, at the widths Claude Code passes as <c>COLUMNS</c>
/// (the line gets <c>COLUMNS − 4</c> cells, <see cref="LineWidth"/>). The clock is fixed a minute
/// after the documents were captured and the usage data comes from a fixed cache file
/// (<c>Golden/renders/usage.json</c>, the original program's format), so every render is
/// deterministic. Each payload's renders are one committed text file in <c>Golden/renders</c>; a
/// change in what the user sees shows as a diff of that file. After an intended change, regenerate
/// with <c>LINESMITH_UPDATE_GOLDEN=1</c> (see <see cref="GoldenText"/>) and review the diff.
/// </summary>
public sealed class PayloadGoldenTests
{
    /// <summary>A minute after payload 3 was sent (its 5-minute prompt cache expires at 06:13:50).</summary>
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-01T06:10:00Z", CultureInfo.InvariantCulture);

    /// <summary>What Claude Code passes as <c>COLUMNS</c>; null is a render without it (no limit).</summary>
    private static readonly int?[] Columns = [null, 160, 120, 80, 77, 60, 50, 40];

    public static TheoryData<string> Payloads => new()
    {
        "payload-1-startup-apikey",
        "payload-2-after-response-apikey",
        "payload-3-after-response-max-ratelimits",
        "payload-4-startup-worktree-vim-named",
        "payload-5-midturn-worktree-ratelimits",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Every_line_and_width_matches_its_golden_file(string payload)
    {
        GoldenText.AssertMatches(Path.Join("renders", payload + ".txt"), RenderAll(payload));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_render_is_wider_than_the_cells_Claude_Code_shows(string payload)
    {
        foreach (var (name, toml) in Configs())
        {
            foreach (var columns in Columns.OfType<int>())
            {
                var cells = LineWidth.Cells(columns, 0)!.Value;
                foreach (var line in Render(payload, toml, ColorDepth.None, cells).Split('\n'))
                {
                    Assert.True(CellWidth.Of(line) <= cells, $"{name} at COLUMNS={columns}: {CellWidth.Of(line)} cells > {cells}: '{line}'");
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Toml)> Configs() =>
        [("default line", string.Empty), .. BuiltInPresets.All.Select(preset => ($"preset {preset.Name}", preset.Toml))];

    private static string RenderAll(string payload)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # {payload}.json (Claude Code 2.1.332) rendered by PayloadGoldenTests at {Now:yyyy-MM-ddTHH:mm:ssZ} (UTC),
            # usage data from Golden/renders/usage.json. COLUMNS is what Claude Code passes; the line gets
            # COLUMNS - 4 cells. Each rendered line is indented by two spaces; ESC is written as \e.
            # Regenerate after an intended change: LINESMITH_UPDATE_GOLDEN=1 dotnet test tests/Linesmith.Tests --filter PayloadGoldenTests

            """);
        foreach (var (name, toml) in Configs())
        {
            foreach (var depth in new[] { ColorDepth.None, ColorDepth.TrueColor })
            {
                text.Append(CultureInfo.InvariantCulture, $"\n## {name}, {(depth == ColorDepth.None ? "no colour" : "24-bit colour")}\n");
                foreach (var columns in Columns)
                {
                    var cells = LineWidth.Cells(columns, 0);
                    text.Append(columns is null ? "COLUMNS unset\n" : string.Create(CultureInfo.InvariantCulture, $"COLUMNS={columns} ({cells} cells)\n"));
                    foreach (var line in Render(payload, toml, depth, cells).Split('\n'))
                    {
                        text.Append("  ").Append(line.Replace("\u001B", "\\e", StringComparison.Ordinal)).Append('\n');
                    }
                }
            }
        }

        return text.ToString();
    }

    private static string Render(string payload, string toml, ColorDepth depth, int? cells) =>
        RenderHarness.Render($"claude-code-2.1.332/{payload}.json", toml, depth, cells, Usage(), Now);

    /// <summary>The fixed cache as a render reads it: a fresh entry a minute old.</summary>
    private static UsageView Usage()
    {
        var entry = CacheStore.Parse(Golden.Bytes(Path.Join("renders", "usage.json")), Now) ?? throw new InvalidOperationException("Golden/renders/usage.json does not parse");
        return UsageView.From(new UsageResult(UsageSource.Cache, entry.Data?.ToUsageData(), entry.CachedAt), Now, TimeSpan.FromSeconds(Linesmith.Config.UsageOptions.DefaultStaleAfterSeconds));
    }
}
