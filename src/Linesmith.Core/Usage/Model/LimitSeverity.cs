namespace Linesmith.Usage.Model;

/// <summary>The <c>severity</c> of a <c>limits[]</c> entry; missing or unrecognised is <see cref="Unknown"/>. It never affects display.</summary>
internal enum LimitSeverity
{
    Unknown,
    Normal,
    Warning,
}
