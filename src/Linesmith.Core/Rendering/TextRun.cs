namespace Linesmith.Rendering;

/// <summary>
/// A piece of segment text with one style. <see cref="Dim"/> asks for the faint variant of the
/// role (e.g. the empty cells of a progress bar). Text is plain: no escape sequences; the writer
/// sanitises and colours it.
/// </summary>
internal readonly record struct TextRun(string Text, StyleRole Role, bool Dim = false, bool Bold = false);
