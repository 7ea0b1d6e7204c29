namespace Linesmith.Rendering;

/// <summary>
/// A named mapping from style roles to colours. A role without a colour prints in the terminal's
/// own foreground colour. <see cref="Background"/> is the background the palette was made for: the
/// text colour on the filled segments of the powerline and capsule styles (<see cref="BlockColors"/>);
/// null leaves <see cref="BlockColors.DefaultText"/>.
/// </summary>
internal sealed record Theme(string Name, IReadOnlyDictionary<StyleRole, Rgb> Colors, Rgb? Background = null)
{
    public Rgb? ColorOf(StyleRole role) => Colors.TryGetValue(role, out var color) ? color : null;
}
