namespace Linesmith.Platform;

/// <summary>One environment variable linesmith reads: its name and a one-line meaning for <c>--help</c>.</summary>
internal sealed record EnvironmentVariable(string Name, string Description);
