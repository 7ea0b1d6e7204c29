namespace Linesmith.Usage.Jsonl;

/// <summary><c>message</c>: <c>id</c> is the dedup key; <c>model</c> is kept for later per-model use.</summary>
internal sealed record JsonlMessage(string? Id, string? Model, JsonlTokens? Usage);
