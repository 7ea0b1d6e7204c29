namespace Linesmith.Input.Payload;

/// <summary><c>context_window.current_usage</c>: the tokens of the current context.</summary>
internal sealed record CurrentUsageInfo
{
    public double? InputTokens { get; set; }

    public double? OutputTokens { get; set; }

    public double? CacheCreationInputTokens { get; set; }

    public double? CacheReadInputTokens { get; set; }
}
