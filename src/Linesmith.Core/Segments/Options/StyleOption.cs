namespace Linesmith.Segments.Options;

/// <summary>
/// The <c>style</c> key every segment takes: <c>"role:accent bold"</c>, a colour role
/// (<see cref="Roles"/>, the names of <see cref="Rendering.StyleRole"/>) for all of the segment's text plus <c>bold</c> / <c>dim</c>; unset keeps the
/// segment's own roles. Read by <see cref="SegmentLayout"/>.
/// </summary>
internal sealed record StyleOption(string Key, string Description) : SegmentOption(Key, Description)
{
    /// <summary>The role names, lower case, as written after <c>role:</c>.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["foreground", "primary", "accent", "muted", "success", "warning", "critical", "info"];

    /// <summary>The words that may follow the role.</summary>
    public static IReadOnlyList<string> Modifiers { get; } = ["bold", "dim"];

    public override string? DefaultToml => null;
}
