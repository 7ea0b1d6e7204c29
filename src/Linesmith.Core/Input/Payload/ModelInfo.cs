namespace Linesmith.Input.Payload;

/// <summary><c>model</c>: the id may carry a suffix like <c>[1m]</c> or be a Bedrock ARN.</summary>
internal sealed record ModelInfo
{
    public string? Id { get; set; }

    public string? DisplayName { get; set; }
}
