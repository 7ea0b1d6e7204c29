namespace Linesmith.Segments.Options;

/// <summary>One accepted spelling of a string option, e.g. <c>"progress"</c> → <see cref="RateLimits.PercentFormat.Progress"/>.</summary>
internal readonly record struct Choice<T>(string Name, T Value);
