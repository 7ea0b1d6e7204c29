namespace Linesmith.Usage.Jsonl;

/// <summary><c>message.usage</c>: the four token counts, each 0 when absent.</summary>
internal sealed record JsonlTokens(ulong InputTokens = 0, ulong OutputTokens = 0, ulong CacheCreationInputTokens = 0, ulong CacheReadInputTokens = 0)
{
    /// <summary>The sum, saturating instead of wrapping (docs/spec/jsonl-fallback.md).</summary>
    public ulong Total
    {
        get
        {
            var total = InputTokens;
            foreach (var part in (ReadOnlySpan<ulong>)[OutputTokens, CacheCreationInputTokens, CacheReadInputTokens])
            {
                total = ulong.MaxValue - total < part ? ulong.MaxValue : total + part;
            }

            return total;
        }
    }
}
