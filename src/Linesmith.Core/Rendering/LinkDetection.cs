using System.Globalization;
using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Rendering;

/// <summary>
/// Whether OSC 8 hyperlinks are written (<c>[layout_options] links</c>): <c>always</c>, <c>never</c>, or
/// <c>auto</c>. Under Claude Code stdout is a pipe, so only the environment it passes on can tell which
/// terminal shows the line (docs/spec/statusline-contract.md#invocation). <c>auto</c> writes links only where
/// they are known to work, the way the supports-hyperlinks convention of the terminal world does:
/// whatever turns colour off turns links off (a link is an escape sequence too); then
/// <c>FORCE_HYPERLINK</c> (<c>0</c> off, anything else on); then a terminal that names itself and is
/// known to draw OSC 8. Everything else gets plain text: some terminals do not skip a sequence they do not
/// know but print it (the Linux console shows <c>8;;https://…</c>), and a link nobody can click is worth
/// less than a line that is never garbled.
/// </summary>
internal static class LinkDetection
{
    public static bool Enabled(ColorMode configured, ColorDepth depth, EnvironmentSnapshot environment) => configured switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => depth != ColorDepth.None && Supported(environment),
    };

    /// <summary>Whether the environment names a terminal (or a multiplexer) that draws OSC 8 links.</summary>
    public static bool Supported(EnvironmentSnapshot environment)
    {
        if (environment.GetNonEmpty(EnvironmentVariables.ForceHyperlink) is { } force)
        {
            return force is not ("0" or "false");
        }

        var term = environment.GetNonEmpty(EnvironmentVariables.Term);
        if (term is "dumb" or "linux")
        {
            return false;
        }

        if (environment.GetNonEmpty(EnvironmentVariables.WindowsTerminalSession) is not null
            || environment.GetNonEmpty(EnvironmentVariables.KittyWindowId) is not null)
        {
            return true;
        }

        if (FromProgram(environment) is { } known)
        {
            return known;
        }

        if (VteVersion(environment.GetNonEmpty(EnvironmentVariables.VteVersion)) is { } vte)
        {
            // VTE draws links from 0.50.1 (written 5001); 0.50.0 crashed on them.
            return vte >= 5001;
        }

        return term is "xterm-kitty" or "xterm-ghostty" or "alacritty" or "foot" or "foot-extra" or "wezterm" or "contour";
    }

    /// <summary><c>TERM_PROGRAM</c> with its version, where the terminal sets it; null for a program this table does not know.</summary>
    private static bool? FromProgram(EnvironmentSnapshot environment)
    {
        // The version is parsed only for the programs whose answer depends on it.
        Version? Installed() => ParseVersion(environment.GetNonEmpty(EnvironmentVariables.TermProgramVersion));
        return environment.GetNonEmpty(EnvironmentVariables.TermProgram) switch
        {
            "iTerm.app" => Installed() is not { } iterm || iterm >= new Version(3, 1),
            "vscode" => Installed() is not { } code || code >= new Version(1, 72),
            // tmux draws links (and passes them to a terminal that has them) from 3.4; older ones drop them.
            "tmux" => Installed() is { } tmux && tmux >= new Version(3, 4),
            "WezTerm" or "ghostty" or "Hyper" or "rio" or "Tabby" => true,
            "Apple_Terminal" => false,
            _ => null,
        };
    }

    /// <summary>A dotted version such as <c>3.4</c>, <c>1.96.2</c> or tmux's <c>3.3a</c>; null for anything else.</summary>
    private static Version? ParseVersion(string? text)
    {
        if (text is null || text.Length > 32)
        {
            return null;
        }

        var parts = text.Split('.');
        var numbers = new int[Math.Min(parts.Length, 2)];
        for (var i = 0; i < numbers.Length; i++)
        {
            var digits = parts[i].AsSpan();
            var end = 0;
            while (end < digits.Length && char.IsAsciiDigit(digits[end]))
            {
                end++;
            }

            if (end == 0 || !int.TryParse(digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return new Version(numbers[0], numbers.Length > 1 ? numbers[1] : 0);
    }

    /// <summary><c>VTE_VERSION</c>: <c>MMmmpp</c> digits (5001 is 0.50.1, 7600 is 0.76.0); null when it is not a number.</summary>
    private static int? VteVersion(string? text) =>
        text is { Length: <= 9 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
