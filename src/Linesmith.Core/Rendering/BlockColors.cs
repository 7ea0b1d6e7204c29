namespace Linesmith.Rendering;

/// <summary>
/// The colours of a segment's block in the powerline and capsule styles: the background is the colour of
/// the segment's meaning (the role of its last run that is not muted: a rate limit turns its block red
/// past its threshold), the text is the theme's background colour, so that every theme reads as its own
/// palette on its own background; <c>[style]</c> <c>fg</c> and <c>bg</c> win (<see cref="SegmentColors"/>).
/// </summary>
internal static class BlockColors
{
    /// <summary>The text colour for a theme without a background colour (<c>minimal</c>, a user theme without one).</summary>
    public static readonly Rgb DefaultText = new(0x1e, 0x1e, 0x1e);

    /// <summary>The block colour when the theme has none for the segment's role nor for muted text.</summary>
    public static readonly Rgb DefaultBlock = new(0x80, 0x80, 0x80);

    public static (Paint Foreground, Paint Background) Of(IReadOnlyList<TextRun> runs, Theme theme, (Paint? Foreground, Paint? Background) configured)
    {
        var background = configured.Background ?? RolePaint(MainRole(runs), theme);
        var foreground = configured.Foreground ?? Paint.Of(theme.Background ?? DefaultText);
        return (foreground, background);
    }

    private static StyleRole MainRole(IReadOnlyList<TextRun> runs)
    {
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            if (runs[i].Role != StyleRole.Muted)
            {
                return runs[i].Role;
            }
        }

        return StyleRole.Muted;
    }

    // A role the theme colours stays a role, so that 16 colours keep its named colour (AnsiWriter).
    private static Paint RolePaint(StyleRole role, Theme theme) =>
        theme.ColorOf(role) is not null ? new Paint(role) : Paint.Of(theme.ColorOf(StyleRole.Muted) ?? DefaultBlock);
}
