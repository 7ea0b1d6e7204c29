namespace Linesmith.Config;

/// <summary>
/// <c>[layout_options] style</c> (README.md#layout-and-look): segments as text with separators between them
/// (<c>plain</c>), as filled blocks joined by arrows (<c>powerline</c>, U+E0B0 / U+E0B2), or as filled blocks
/// with rounded ends (<c>capsule</c>, U+E0B6 / U+E0B4).
/// </summary>
internal enum LineStyle
{
    Plain,
    Powerline,
    Capsule,
}
