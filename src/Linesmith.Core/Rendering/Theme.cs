namespace Linesmith.Rendering;

/// <summary>
/// A named mapping from style roles to colours. A role without a colour prints in the terminal's
/// own foreground colour.
/// </summary>
internal sealed record Theme(string Name, IReadOnlyDictionary<StyleRole, Rgb> Colors)
{
    public Rgb? ColorOf(StyleRole role) => Colors.TryGetValue(role, out var color) ? color : null;
}
