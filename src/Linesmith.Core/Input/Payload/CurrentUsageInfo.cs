namespace Linesmith.Input.Payload;

/// <summary><c>context_window.current_usage</c>: the tokens of the current context.</summary>
internal sealed record CurrentUsageInfo
{
    public double? InputTokens { get; init; }

    public double? OutputTokens { get; init; }

    public double? CacheCreationInputTokens { get; init; }

    public double? CacheReadInputTokens { get; init; }
}
