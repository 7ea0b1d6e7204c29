namespace Linesmith.Usage.Model;

/// <summary>The model a scoped limit applies to (<c>scope.model</c>); both fields optional.</summary>
internal sealed record LimitModel(string? DisplayName, string? Id);
