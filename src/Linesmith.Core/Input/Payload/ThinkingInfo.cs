namespace Linesmith.Input.Payload;

/// <summary><c>thinking</c>: <c>{"enabled": true}</c> when extended thinking is on (Claude Code 2.1.332).</summary>
internal sealed record ThinkingInfo
{
    public bool? Enabled { get; set; }
}
