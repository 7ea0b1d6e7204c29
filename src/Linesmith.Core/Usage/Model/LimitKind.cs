namespace Linesmith.Usage.Model;

/// <summary>The <c>kind</c> of a <c>limits[]</c> entry (docs/spec/usage-endpoint.md#response); anything unrecognised is <see cref="Unknown"/>.</summary>
internal enum LimitKind
{
    Unknown,
    Session,
    WeeklyAll,
    WeeklyScoped,
}
