namespace Linesmith.Usage.Model;

/// <summary>The <c>kind</c> of a <c>limits[]</c> entry (ADR-0030); anything unrecognised is <see cref="Unknown"/>.</summary>
internal enum LimitKind
{
    Unknown,
    Session,
    WeeklyAll,
    WeeklyScoped,
}
