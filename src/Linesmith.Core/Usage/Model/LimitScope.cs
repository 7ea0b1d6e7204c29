namespace Linesmith.Usage.Model;

/// <summary>
/// The <c>scope</c> of a <c>limits[]</c> entry. The wire's <c>scope.surface</c> is dropped, as the
/// original drops it (docs/spec/on-disk-formats.md#usagejson).
/// </summary>
internal sealed record LimitScope(LimitModel? Model);
