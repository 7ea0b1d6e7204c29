using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>SGR output per colour depth, and plain text without colour.</summary>
public sealed class AnsiWriterTests
{
    private static readonly TextRun[] Runs = [new("ok", StyleRole.Success), new(" ", StyleRole.Muted), new("low", StyleRole.Critical, Dim: true, Bold: true)];

    [Fact]
    public void Without_colour_only_the_text_is_written() =>
        Assert.Equal("ok low", new AnsiWriter(BuiltInThemes.Default, ColorDepth.None).Write(Runs));

    [Fact]
    public void Truecolor_uses_the_theme_rgb() =>
        Assert.Equal("\u001B[38;2;152;195;121mok\u001B[0m\u001B[38;2;127;132;142m \u001B[0m\u001B[1;2;38;2;224;108;117mlow\u001B[0m", new AnsiWriter(BuiltInThemes.Default, ColorDepth.TrueColor).Write(Runs));

    [Fact]
    public void Sixteen_colours_use_the_role_s_basic_colour() =>
        Assert.Equal("\u001B[32mok\u001B[0m\u001B[90m \u001B[0m\u001B[1;2;31mlow\u001B[0m", new AnsiWriter(BuiltInThemes.Default, ColorDepth.Basic16).Write(Runs));

    [Fact]
    public void Two_hundred_fifty_six_colours_use_the_nearest_palette_index() =>
        Assert.Equal("\u001B[38;5;108mok\u001B[0m", new AnsiWriter(BuiltInThemes.Default, ColorDepth.Indexed256).Write([Runs[0]]));

    [Fact]
    public void Run_text_is_sanitised_before_it_is_coloured() =>
        Assert.Equal("\u001B[32mevil\u001B[0m", new AnsiWriter(BuiltInThemes.Default, ColorDepth.Basic16).Write([new TextRun("\u001B[5mevil", StyleRole.Success)]));
}
