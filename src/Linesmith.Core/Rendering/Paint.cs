namespace Linesmith.Rendering;

/// <summary>
/// A colour as the config names it (<c>[style]</c>, README.md#configuration): a theme role, resolved
/// by the theme when the line is written, or a fixed <c>#rrggbb</c> (<see cref="Rgb"/>), which wins.
/// The role also gives the 16-colour fallback of a role colour.
/// </summary>
internal readonly record struct Paint(StyleRole Role, Rgb? Rgb = null)
{
    public static Paint Of(Rgb rgb) => new(StyleRole.Foreground, rgb);

    /// <summary>The colour under <paramref name="theme"/>, or null for a role the theme leaves to the terminal.</summary>
    public Rgb? Resolve(Theme theme) => Rgb ?? theme.ColorOf(Role);
}
