using Linesmith.Segments.Session;

namespace Linesmith.Tests.Segments.Session;

/// <summary>Readable model names from display names, ids and Bedrock ARNs.</summary>
public sealed class ModelNamesTests
{
    [Theory]
    [InlineData("Claude Opus 4.5", "Opus 4.5")]
    [InlineData("Opus 4.5 (1M context)", "Opus 4.5 (1M context)")]
    [InlineData("  Claude Sonnet 4.5 ", "Sonnet 4.5")]
    [InlineData("Claude", "Claude")]
    [InlineData("", null)]
    public void Compact_drops_the_claude_prefix(string displayName, string? expected) =>
        Assert.Equal(expected, ModelNames.Compact(displayName));

    [Theory]
    [InlineData("claude-opus-4-5-20251101", "Opus 4.5")]
    [InlineData("claude-opus-4-5-20251101[1m]", "Opus 4.5")]
    [InlineData("claude-3-5-sonnet-20241022", "Sonnet 3.5")]
    [InlineData("claude-haiku-4-5", "Haiku 4.5")]
    [InlineData("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-5-20251101-v1:0", "Opus 4.5")]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData(null, null)]
    public void From_id_derives_family_and_version(string? id, string? expected) =>
        Assert.Equal(expected, ModelNames.FromId(id));
}
