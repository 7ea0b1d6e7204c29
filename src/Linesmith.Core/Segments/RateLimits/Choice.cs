namespace Linesmith.Segments.RateLimits;

/// <summary>One accepted spelling of a string option, e.g. <c>"progress"</c> → <see cref="PercentFormat.Progress"/>.</summary>
internal readonly record struct Choice<T>(string Name, T Value);
