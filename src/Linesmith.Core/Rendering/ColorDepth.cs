namespace Linesmith.Rendering;

/// <summary>How many colours the terminal shows; linesmith degrades truecolor → 256 → 16 → none.</summary>
internal enum ColorDepth
{
    None,
    Basic16,
    Indexed256,
    TrueColor,
}
