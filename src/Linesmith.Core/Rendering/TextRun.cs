namespace Linesmith.Rendering;

/// <summary>
/// A piece of segment text with one style. <see cref="Dim"/> asks for the faint variant of the
/// role (e.g. the empty cells of a progress bar). Text is plain: no escape sequences; the writer
/// sanitises and colours it. <see cref="Link"/> is a URL the text points to, written as an OSC 8
/// hyperlink only when links are on and the URL passes <see cref="SafeLink"/>.
/// </summary>
internal readonly record struct TextRun(string Text, StyleRole Role, bool Dim = false, bool Bold = false, string? Link = null);
