namespace Linesmith.Rendering;

/// <summary>
/// A piece of segment text with one style. <see cref="Dim"/> asks for the faint variant of the
/// role (e.g. the empty cells of a progress bar). Text is plain: no escape sequences; the writer
/// sanitises and colours it. <see cref="Link"/> is a URL the text points to, written as an OSC 8
/// hyperlink only when links are on and the URL passes <see cref="SafeLink"/>. <see cref="Foreground"/>
/// and <see cref="Background"/> are set by the layout only (a <c>[style]</c> override, a powerline
/// block); the foreground wins over the role's colour. <see cref="LocalLink"/> marks a <c>file:///</c> link the
/// renderer made (<see cref="FileLink"/>): only such a link may point at this machine (<see cref="SafeLink.CheckLocal"/>).
/// </summary>
internal readonly record struct TextRun(string Text, StyleRole Role, bool Dim = false, bool Bold = false, string? Link = null, Paint? Foreground = null, Paint? Background = null, bool LocalLink = false);
