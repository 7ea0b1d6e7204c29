namespace Linesmith.Rendering;

/// <summary>
/// What a piece of text means, not what colour it is: a theme maps each role to a colour
/// (docs/spec/config.md#environment-variables). Segments only ever name roles.
/// </summary>
internal enum StyleRole
{
    Foreground,
    Primary,
    Accent,
    Muted,
    Success,
    Warning,
    Critical,
    Info,
}
