namespace Linesmith.Config;

/// <summary><c>[layout_options] color</c> and <c>links</c>: detect from the environment, or force on or off.</summary>
internal enum ColorMode
{
    Auto,
    Always,
    Never,
}
