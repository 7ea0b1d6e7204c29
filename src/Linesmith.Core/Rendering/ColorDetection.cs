using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Rendering;

/// <summary>
/// Chooses the colour depth without asking the terminal: under Claude Code stdout is a pipe, so only
/// the environment can tell (docs/spec/config.md#environment-variables). Precedence: command-line flag, then
/// <c>NO_COLOR</c> / <c>FORCE_COLOR</c> (no-color.org, force-color.org), then the config's
/// <c>color</c>, then <c>COLORTERM</c> and <c>TERM</c>.
/// </summary>
internal static class ColorDetection
{
    public static ColorDepth Detect(EnvironmentSnapshot environment, ColorMode configured, bool? commandLine)
    {
        if (commandLine == false)
        {
            return ColorDepth.None;
        }

        var terminal = FromTerminal(environment);
        if (commandLine == true)
        {
            return Forced(terminal);
        }

        if (environment.GetNonEmpty(EnvironmentVariables.NoColor) is not null)
        {
            return ColorDepth.None;
        }

        if (environment.GetNonEmpty(EnvironmentVariables.ForceColor) is { } force)
        {
            return force switch
            {
                "0" or "false" => ColorDepth.None,
                "1" => ColorDepth.Basic16,
                "2" => ColorDepth.Indexed256,
                "3" => ColorDepth.TrueColor,
                _ => Forced(terminal),
            };
        }

        return configured switch
        {
            ColorMode.Never => ColorDepth.None,
            ColorMode.Always => Forced(terminal),
            _ => terminal,
        };
    }

    private static ColorDepth Forced(ColorDepth terminal) => terminal == ColorDepth.None ? ColorDepth.Basic16 : terminal;

    private static ColorDepth FromTerminal(EnvironmentSnapshot environment)
    {
        var colorTerm = environment.GetNonEmpty(EnvironmentVariables.ColorTerm);
        var term = environment.GetNonEmpty(EnvironmentVariables.Term);
        if (term == "dumb")
        {
            return ColorDepth.None;
        }

        if (colorTerm is "truecolor" or "24bit")
        {
            return ColorDepth.TrueColor;
        }

        if (term is null)
        {
            return colorTerm is null ? ColorDepth.None : ColorDepth.Basic16;
        }

        return term.Contains("256color", StringComparison.Ordinal) ? ColorDepth.Indexed256 : ColorDepth.Basic16;
    }
}
