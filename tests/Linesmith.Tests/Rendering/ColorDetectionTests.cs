using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>Colour depth from the environment: flags, NO_COLOR, FORCE_COLOR, config, COLORTERM and TERM.</summary>
public sealed class ColorDetectionTests
{
    private static ColorDepth Detect(ColorMode mode = ColorMode.Auto, bool? flag = null, params (string, string)[] env) =>
        ColorDetection.Detect(EnvironmentSnapshot.Of(env), mode, flag);

    [Fact]
    public void Colorterm_truecolor_gives_24_bit() => Assert.Equal(ColorDepth.TrueColor, Detect(env: [("COLORTERM", "truecolor"), ("TERM", "xterm")]));

    [Fact]
    public void Term_256color_gives_256() => Assert.Equal(ColorDepth.Indexed256, Detect(env: [("TERM", "xterm-256color")]));

    [Fact]
    public void A_plain_term_gives_16() => Assert.Equal(ColorDepth.Basic16, Detect(env: [("TERM", "xterm")]));

    [Fact]
    public void Dumb_or_no_term_gives_none()
    {
        Assert.Equal(ColorDepth.None, Detect(env: [("TERM", "dumb"), ("COLORTERM", "truecolor")]));
        Assert.Equal(ColorDepth.None, Detect());
    }

    [Fact]
    public void No_color_turns_colour_off() => Assert.Equal(ColorDepth.None, Detect(env: [("NO_COLOR", "1"), ("COLORTERM", "truecolor")]));

    [Fact]
    public void Force_color_turns_colour_on_without_a_terminal()
    {
        Assert.Equal(ColorDepth.Basic16, Detect(env: [("FORCE_COLOR", "1")]));
        Assert.Equal(ColorDepth.TrueColor, Detect(env: [("FORCE_COLOR", "3")]));
        Assert.Equal(ColorDepth.None, Detect(env: [("FORCE_COLOR", "0"), ("TERM", "xterm")]));
    }

    [Fact]
    public void The_flags_beat_the_environment()
    {
        Assert.Equal(ColorDepth.None, Detect(flag: false, env: [("FORCE_COLOR", "3")]));
        Assert.Equal(ColorDepth.Basic16, Detect(flag: true, env: [("NO_COLOR", "1")]));
    }

    [Fact]
    public void The_config_applies_when_the_environment_says_nothing()
    {
        Assert.Equal(ColorDepth.None, Detect(ColorMode.Never, env: [("TERM", "xterm-256color")]));
        Assert.Equal(ColorDepth.Basic16, Detect(ColorMode.Always));
    }
}
