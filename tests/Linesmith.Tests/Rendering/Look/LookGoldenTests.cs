using System.Text;
using Linesmith.Rendering;
using Linesmith.Tests.TestSupport;
using static Linesmith.Tests.Rendering.Look.LookHarness;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary>
/// Every style × colour depth × icon set × width on the full payload, and every theme in every style,
/// kept as golden files (Golden/renders/look-*.txt, ESC shown as <c>\e</c>; regenerate with
/// <c>LINESMITH_UPDATE_GOLDEN=1</c> and review the diff).
/// </summary>
public sealed class LookGoldenTests
{
    private const string Line = """
        [line]
        segments = ["model", "context_window", "cost", "git_branch", "workspace", { type = "flex" }, "rate_limit_5h", "rate_limit_7d"]
        """;

    [Fact]
    public void Styles_depths_icon_sets_and_widths()
    {
        var golden = new StringBuilder();
        foreach (var style in new[] { "plain", "powerline", "capsule" })
        {
            foreach (var icons in new[] { "default", "nerdfont", "unicode", "ascii", "off" })
            {
                var options = $"\n[layout_options]\nstyle = \"{style}\"\n" + (icons == "default" ? string.Empty : $"icons = \"{icons}\"\n");
                foreach (var depth in new[] { ColorDepth.None, ColorDepth.Basic16, ColorDepth.TrueColor })
                {
                    foreach (int? width in new int?[] { null, 80, 43, 20, 1 })
                    {
                        golden.Append($"## style={style} icons={icons} depth={depth} width={width?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}\n");
                        golden.Append(Visible(Render("full.json", Line + options, depth, width))).Append('\n');
                    }
                }
            }
        }

        GoldenText.AssertMatches("renders/look-styles.txt", golden.ToString());
    }

    [Fact]
    public void Every_theme_in_every_style()
    {
        var golden = new StringBuilder();
        foreach (var theme in BuiltInThemes.All)
        {
            foreach (var style in new[] { "plain", "powerline", "capsule" })
            {
                foreach (var depth in new[] { ColorDepth.Basic16, ColorDepth.Indexed256, ColorDepth.TrueColor })
                {
                    var config = $"theme = \"{theme.Name}\"\n" + Line + $"\n[layout_options]\nstyle = \"{style}\"\nicons = \"nerdfont\"\n";
                    golden.Append($"## theme={theme.Name} style={style} depth={depth}\n");
                    golden.Append(Visible(Render("full.json", config, depth))).Append('\n');
                }
            }
        }

        GoldenText.AssertMatches("renders/look-themes.txt", golden.ToString());
    }

    [Fact]
    public void Wrap_at_narrow_widths()
    {
        var golden = new StringBuilder();
        foreach (var style in new[] { "plain", "powerline", "capsule" })
        {
            foreach (var width in new[] { 60, 30, 12 })
            {
                var config = Line + $"\n[layout_options]\nstyle = \"{style}\"\noverflow = \"wrap\"\n";
                golden.Append($"## wrap style={style} width={width}\n");
                golden.Append(Visible(Render("full.json", config, ColorDepth.Basic16, width))).Append('\n');
            }
        }

        GoldenText.AssertMatches("renders/look-wrap.txt", golden.ToString());
    }
}
